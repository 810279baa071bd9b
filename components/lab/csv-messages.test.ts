import { describe, expect, it } from "vitest";
import { MAX_CSV_ROWS, parseCsv, type CsvError } from "@/lib/regression";
import en from "../../messages/en.lab.json";
import zh from "../../messages/zh.lab.json";
import { csvErrorMessageRef } from "./csv-messages";

function errorsOf(text: string): CsvError[] {
  const r = parseCsv(text);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

function lookup(messages: unknown, path: string): string {
  let node: unknown = messages;
  for (const part of path.split(".")) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`missing message ${path}`);
  return node;
}

const SAMPLES: Array<[string, string]> = [
  ["", "errors.empty"],
  [`x,y\n${"1,2\n".repeat(MAX_CSV_ROWS + 1)}`, "errors.tooManyRows"],
  ["x,y\n1,2,3\n4,5", "errors.columnCount"],
  ["a,b,c\n1,2\n3,4", "errors.headerColumnCount"],
  ["x,y\n1,2\n3,abc", "errors.notANumber"],
  ["x,y\n1,2\n,4", "errors.emptyField"],
  ["x,y\n1,2\nInfinity,4", "errors.notFinite"],
  ["x,y\n1,2", "errors.tooFewRows"],
  ["x,y\n3,1\n3,2", "errors.zeroVariance"],
];

describe("csvErrorMessageRef", () => {
  it("gives every kind of parser error a message in both languages, with all its placeholders filled", () => {
    for (const [text, expectedKey] of SAMPLES) {
      const [first] = errorsOf(text);
      if (!first) throw new Error("no error");
      const ref = csvErrorMessageRef(first);
      expect(ref.key).toBe(expectedKey);
      for (const messages of [en, zh]) {
        const template = lookup(messages, `lab.csv.${ref.key}`);
        const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const p of placeholders) expect(ref.values, `${ref.key}: {${p}}`).toHaveProperty(p as string);
      }
    }
  });

  it("names the row of a bad value", () => {
    const [e] = errorsOf("x,y\n1,2\n3,abc");
    expect(e && csvErrorMessageRef(e)).toEqual({ key: "errors.notANumber", values: { row: 3, column: "y", value: "abc" } });
  });
});

describe("lab messages", () => {
  function keys(node: unknown, prefix = ""): string[] {
    if (typeof node === "string") return [prefix];
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }

  it("has the same keys in English and Chinese, none empty", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const k of keys(en)) expect(lookup(en, k).trim(), k).not.toBe("");
    for (const k of keys(zh)) expect(lookup(zh, k).trim(), k).not.toBe("");
  });

  it("uses the contract's report labels exactly", () => {
    expect(en.lab.report.mseNormalized).toBe("MSE (normalized)");
    expect(en.lab.report.olsOptimum).toBe("OLS optimum");
    expect(en.lab.report.w).toBe("w (original units)");
    expect(en.lab.report.b).toBe("b (original units)");
    expect(zh.lab.report.mseNormalized).toBe("均方误差（归一化）");
    expect(zh.lab.report.olsOptimum).toBe("OLS 最优");
    expect(zh.lab.report.w).toBe("w（原始单位）");
    expect(zh.lab.report.b).toBe("b（原始单位）");
  });
});
