/** Maps the CSV parser's typed errors to message keys (under "lab.csv") and their values. Pure, tested. */
import type { Messages } from "next-intl";
import { MAX_CSV_ROWS, type CsvError } from "@/lib/regression";

export interface MessageRef {
  key: `errors.${keyof Messages["lab"]["csv"]["errors"]}`;
  values: Record<string, string | number>;
}

export function csvErrorMessageRef(e: CsvError): MessageRef {
  const row = e.row ?? 0;
  const column = e.column ?? "x";
  switch (e.code) {
    case "empty":
      return { key: "errors.empty", values: {} };
    case "too-many-rows":
      return { key: "errors.tooManyRows", values: { row, max: MAX_CSV_ROWS } };
    case "column-count":
      return { key: e.header ? "errors.headerColumnCount" : "errors.columnCount", values: { row, found: e.found ?? 0 } };
    case "not-a-number":
      return e.value === undefined
        ? { key: "errors.emptyField", values: { row, column } }
        : { key: "errors.notANumber", values: { row, column, value: e.value } };
    case "not-finite":
      return { key: "errors.notFinite", values: { row, column, value: e.value ?? "" } };
    case "too-few-rows":
      return { key: "errors.tooFewRows", values: { found: e.found ?? 0 } };
    case "zero-variance":
      return { key: "errors.zeroVariance", values: { value: e.value ?? "" } };
  }
}
