// RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote, a line break, or leading/trailing space is
// quoted, with embedded quotes doubled. A UTF-8 byte-order mark up front makes Excel read Chinese text correctly.
// A cell that a spreadsheet would read as a formula (it begins with =, +, -, @, a tab or a carriage return) is
// prefixed with ' (OWASP "CSV injection"), so opening an export never runs an attacker's formula.

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** The cell's text as a spreadsheet should show it: a leading formula trigger gets a ' in front. */
export function neutralizeFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

export function csvField(raw: string): string {
  const value = neutralizeFormula(raw);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** The whole document: BOM (unless turned off), header line, then one line per row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>, options: { bom?: boolean } = {}): string {
  let out = options.bom === false ? "" : CSV_BOM;
  out += csvLine(header);
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields; the header has ${header.length}.`);
    out += csvLine(row);
  }
  return out;
}
