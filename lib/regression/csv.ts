/**
 * Parse user x,y data (pasted or uploaded CSV). Never throws for bad input:
 * returns a discriminated union with typed errors that name the row.
 *
 * Accepted:
 *  - separators: comma, semicolon or tab (detected from the first non-blank
 *    line: tab, else semicolon, else comma);
 *  - an optional header row (the first non-blank line, when none of its
 *    fields looks like a number);
 *  - fields may be wrapped in double quotes; "1,5" (one comma between digits)
 *    is read as the decimal 1.5, for semicolon/tab files from comma-decimal locales;
 *  - blank lines are skipped; `row` in errors is the 1-based line number.
 */
import { fitZScore } from "./normalize";

export const MAX_CSV_ROWS = 10_000;
export const MIN_CSV_ROWS = 2;
/** At most this many row errors are returned (then `truncated` is true). */
export const MAX_REPORTED_ERRORS = 20;

export type CsvSeparator = "," | ";" | "\t";

export type CsvErrorCode =
  | "empty"
  | "too-many-rows"
  | "column-count"
  | "not-a-number"
  | "not-finite"
  | "too-few-rows"
  | "zero-variance";

export interface CsvError {
  code: CsvErrorCode;
  /** 1-based line number, or null for whole-input problems. */
  row: number | null;
  /** The offending column, when there is one. */
  column?: "x" | "y";
  /** column-count: columns found; too-few-rows: data rows found; too-many-rows: the limit. */
  found?: number;
  /** not-a-number / not-finite / zero-variance: the offending value as typed (at most 40 characters). */
  value?: string;
  /** column-count: true when the bad line is the header. */
  header?: true;
  /** English text; UIs can localise from the fields above instead. */
  message: string;
}

export type CsvResult =
  | {
      ok: true;
      x: Float64Array;
      y: Float64Array;
      header: [string, string] | null;
      separator: CsvSeparator;
      /** Line number of each data point. */
      lines: Uint32Array;
    }
  | { ok: false; errors: CsvError[]; truncated: boolean };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const NON_FINITE = /^[+-]?(?:inf|infinity|nan)$/i;

type FieldValue =
  | { kind: "number"; value: number }
  | { kind: "non-finite" }
  | { kind: "empty" }
  | { kind: "text" };

function readField(raw: string): FieldValue {
  const s = raw.trim();
  if (s === "") return { kind: "empty" };
  const t = DECIMAL_COMMA.test(s) ? s.replace(",", ".") : s;
  if (DECIMAL.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "non-finite" };
  }
  if (NON_FINITE.test(t)) return { kind: "non-finite" };
  return { kind: "text" };
}

/** Split one line, honouring double quotes (a doubled "" is a literal quote). */
function splitFields(line: string, sep: CsvSeparator): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (inQuotes && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else {
        inQuotes = !inQuotes;
      }
    } else if (ch === sep && !inQuotes) {
      out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((f) => f.trim());
}

function detectSeparator(line: string): CsvSeparator {
  if (line.includes("\t")) return "\t";
  if (line.includes(";")) return ";";
  return ",";
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function quote(s: string): string {
  return JSON.stringify(shorten(s));
}

const SEPARATOR_NAME: Record<CsvSeparator, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const errors: CsvError[] = [];
  let truncated = false;
  const addError = (e: CsvError): void => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
    else truncated = true;
  };

  const xs: number[] = [];
  const ys: number[] = [];
  const lines: number[] = [];
  let separator: CsvSeparator | null = null;
  let header: [string, string] | null = null;
  let dataRows = 0;
  let lineNo = 0;
  let pos = 0;

  while (pos <= text.length) {
    // Read the next line without splitting the whole input up front.
    let end = pos;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    const line = text.slice(pos, end);
    lineNo++;
    if (end < text.length && text[end] === "\r" && text[end + 1] === "\n") end++;
    pos = end + 1;

    if (line.trim() === "") continue;

    if (separator === null) {
      separator = detectSeparator(line);
      const fields = splitFields(line, separator);
      const looksNumeric = fields.some((f) => {
        const k = readField(f).kind;
        return k === "number" || k === "non-finite";
      });
      if (!looksNumeric) {
        if (fields.length !== 2) {
          addError({
            code: "column-count",
            row: lineNo,
            found: fields.length,
            header: true,
            message: `header has ${fields.length} column${fields.length === 1 ? "" : "s"}, expected 2 (x, y) separated by ${SEPARATOR_NAME[separator]}`,
          });
        } else {
          header = [fields[0], fields[1]];
        }
        continue;
      }
    }

    dataRows++;
    if (dataRows > MAX_CSV_ROWS) {
      errors.push({
        code: "too-many-rows",
        row: lineNo,
        found: MAX_CSV_ROWS,
        message: `too many rows: at most ${MAX_CSV_ROWS} data rows are allowed`,
      });
      return { ok: false, errors, truncated };
    }

    const fields = splitFields(line, separator);
    if (fields.length !== 2) {
      addError({
        code: "column-count",
        row: lineNo,
        found: fields.length,
        message: `expected 2 columns (x, y) separated by ${SEPARATOR_NAME[separator]}, found ${fields.length}`,
      });
      continue;
    }
    let ok = true;
    const values: [number, number] = [0, 0];
    for (let c = 0; c < 2; c++) {
      const column = c === 0 ? "x" : "y";
      const raw = fields[c];
      const v = readField(raw);
      if (v.kind === "number") {
        values[c] = v.value;
        continue;
      }
      ok = false;
      if (v.kind === "non-finite") {
        addError({ code: "not-finite", row: lineNo, column, value: shorten(raw), message: `${column} is not a finite number: ${quote(raw)}` });
      } else if (v.kind === "empty") {
        addError({ code: "not-a-number", row: lineNo, column, message: `${column} is empty` });
      } else {
        addError({ code: "not-a-number", row: lineNo, column, value: shorten(raw), message: `${column} is not a number: ${quote(raw)}` });
      }
    }
    if (ok) {
      xs.push(values[0]);
      ys.push(values[1]);
      lines.push(lineNo);
    }
  }

  if (separator === null) {
    return { ok: false, errors: [{ code: "empty", row: null, message: "the input is empty" }], truncated: false };
  }
  if (errors.length > 0) return { ok: false, errors, truncated };
  if (xs.length < MIN_CSV_ROWS) {
    return {
      ok: false,
      errors: [
        {
          code: "too-few-rows",
          row: null,
          found: xs.length,
          message: `need at least ${MIN_CSV_ROWS} data rows, found ${xs.length}`,
        },
      ],
      truncated: false,
    };
  }
  const x = Float64Array.from(xs);
  if (fitZScore(x).zeroVariance) {
    return {
      ok: false,
      errors: [
        {
          code: "zero-variance",
          row: null,
          column: "x",
          value: String(xs[0]),
          message: `all x values are equal (${xs[0]}): a line needs at least two different x values`,
        },
      ],
      truncated: false,
    };
  }
  return { ok: true, x, y: Float64Array.from(ys), header, separator, lines: Uint32Array.from(lines) };
}
