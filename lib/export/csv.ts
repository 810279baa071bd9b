// RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote, a line break, or leading/trailing space is
// quoted, with embedded quotes doubled. A UTF-8 byte-order mark up front makes Excel read Chinese text correctly.

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function csvField(value: string): string {
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
