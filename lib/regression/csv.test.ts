import { describe, it, expect } from "vitest";
import { MAX_CSV_ROWS, MAX_REPORTED_ERRORS, parseCsv, type CsvError, type CsvResult } from "./csv";

function errorsOf(r: CsvResult): CsvError[] {
  if (r.ok) throw new Error("expected a failure");
  return r.errors;
}

function okOf(r: CsvResult): Extract<CsvResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

describe("parseCsv: valid input", () => {
  it("reads comma data with a header", () => {
    const r = okOf(parseCsv("x,y\n1,2\n3,4.5\n"));
    expect(r.header).toEqual(["x", "y"]);
    expect(r.separator).toBe(",");
    expect(Array.from(r.x)).toEqual([1, 3]);
    expect(Array.from(r.y)).toEqual([2, 4.5]);
    expect(Array.from(r.lines)).toEqual([2, 3]);
  });

  it("reads data without a header", () => {
    const r = okOf(parseCsv("1,2\n3,4"));
    expect(r.header).toBeNull();
    expect(r.x.length).toBe(2);
  });

  it("accepts semicolons with decimal commas, tabs, CRLF, BOM, quotes, blank lines, exponents", () => {
    const semi = okOf(parseCsv("x;y\r\n1,5;2,25\r\n-3;4e-1\r\n"));
    expect(semi.separator).toBe(";");
    expect(Array.from(semi.x)).toEqual([1.5, -3]);
    expect(Array.from(semi.y)).toEqual([2.25, 0.4]);

    const tab = okOf(parseCsv("\uFEFFtime\tvalue\n\n0.1\t1\n\n0.2\t2\n"));
    expect(tab.separator).toBe("\t");
    expect(tab.header).toEqual(["time", "value"]);
    expect(Array.from(tab.x)).toEqual([0.1, 0.2]);

    const quoted = okOf(parseCsv('"x","y"\n"1","2"\n" 3 ",.5\n'));
    expect(Array.from(quoted.x)).toEqual([1, 3]);
    expect(Array.from(quoted.y)).toEqual([2, 0.5]);
  });

  it("accepts exactly 10,000 data rows", () => {
    const rows = Array.from({ length: MAX_CSV_ROWS }, (_, i) => `${i},${2 * i}`);
    const r = okOf(parseCsv(`x,y\n${rows.join("\n")}`));
    expect(r.x.length).toBe(MAX_CSV_ROWS);
  });
});

describe("parseCsv: errors name the row and the problem", () => {
  it("empty input", () => {
    for (const s of ["", "   ", "\n\n \r\n"]) {
      expect(errorsOf(parseCsv(s))).toEqual([{ code: "empty", row: null, message: "the input is empty" }]);
    }
  });

  it("too many rows (> 10,000)", () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `${i},${i}`);
    const errs = errorsOf(parseCsv(`x,y\n${rows.join("\n")}`));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: "too-many-rows", row: MAX_CSV_ROWS + 2 });
    expect(errs[0]?.message).toContain("10000");
  });

  it("wrong number of columns", () => {
    const errs = errorsOf(parseCsv("x,y\n1,2\n3,4,5\n6\n"));
    expect(errs).toEqual([
      { code: "column-count", row: 3, found: 3, message: "expected 2 columns (x, y) separated by comma, found 3" },
      { code: "column-count", row: 4, found: 1, message: "expected 2 columns (x, y) separated by comma, found 1" },
    ]);
  });

  it("a header with the wrong number of columns", () => {
    expect(errorsOf(parseCsv("a,b,c\n1,2\n3,4"))[0]).toMatchObject({ code: "column-count", row: 1, found: 3, header: true });
  });

  it("non-numeric y, as in the brief", () => {
    const text = "x,y\n1,2\n2,3\n3,4\n4,5\n5,6\n6,abc\n7,8\n";
    expect(errorsOf(parseCsv(text))).toEqual([
      { code: "not-a-number", row: 7, column: "y", value: "abc", message: 'y is not a number: "abc"' },
    ]);
  });

  it("non-numeric or empty x", () => {
    expect(errorsOf(parseCsv("1,2\n0x10,3\n,4\n"))).toEqual([
      { code: "not-a-number", row: 2, column: "x", value: "0x10", message: 'x is not a number: "0x10"' },
      { code: "not-a-number", row: 3, column: "x", message: "x is empty" },
    ]);
  });

  it("non-finite values (NaN, Infinity, overflow)", () => {
    const errs = errorsOf(parseCsv("1,2\nNaN,3\n4,-Infinity\n1e999,5\n"));
    expect(errs.map((e) => [e.code, e.row, e.column])).toEqual([
      ["not-finite", 2, "x"],
      ["not-finite", 3, "y"],
      ["not-finite", 4, "x"],
    ]);
    expect(errs[1]?.message).toBe('y is not a finite number: "-Infinity"');
    expect(errs[1]?.value).toBe("-Infinity");
  });

  it("fewer than 2 data rows", () => {
    expect(errorsOf(parseCsv("x,y\n1,2\n"))).toEqual([
      { code: "too-few-rows", row: null, found: 1, message: "need at least 2 data rows, found 1" },
    ]);
    expect(errorsOf(parseCsv("x,y\n"))[0]?.code).toBe("too-few-rows");
  });

  it("all x equal (zero variance)", () => {
    const errs = errorsOf(parseCsv("x,y\n3,1\n3,2\n3,5\n"));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: "zero-variance", row: null, column: "x", value: "3" });
    expect(errs[0]?.message).toContain("all x values are equal (3)");
  });

  it("reports several row errors at once, capped", () => {
    const rows = Array.from({ length: 50 }, () => "a1,b2");
    const r = parseCsv(`1,2\n${rows.join("\n")}`);
    if (r.ok) throw new Error("expected failure");
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.truncated).toBe(true);
    expect(r.errors[0]).toMatchObject({ row: 2, column: "x" });
    expect(r.errors[1]).toMatchObject({ row: 2, column: "y" });
  });

  it("never throws on odd input", () => {
    for (const s of ['"', '""\n"",""', ";;;;", "\t\t", "x,y\n1,2\n\u0000,\u0000", "1;2\n3,4"]) {
      expect(() => parseCsv(s)).not.toThrow();
    }
  });
});
