import { describe, expect, it } from "vitest";
import { parseEntryPath, parseSaveBody } from "./entry-api";

describe("parseEntryPath", () => {
  it("accepts the admin segment or the entity type, and positive integer ids", () => {
    expect(parseEntryPath("use-cases", "12")).toEqual({ type: "use-case", id: 12 });
    expect(parseEntryPath("technique", "3")).toEqual({ type: "technique", id: 3 });
    expect(parseEntryPath("faq", "1")).toEqual({ type: "faq", id: 1 });
  });

  it("refuses unknown types and ids that are not positive integers", () => {
    for (const [type, id] of [
      ["users", "1"],
      ["..", "1"],
      ["use-cases", "0"],
      ["use-cases", "-1"],
      ["use-cases", "1.5"],
      ["use-cases", "01"],
      ["use-cases", "1e3"],
      ["use-cases", "99999999999"],
      ["use-cases", "3000000000"],
      ["use-cases", "../1"],
      ["use-cases", ""],
    ]) {
      expect(parseEntryPath(type as string, id as string)).toBeNull();
    }
  });
});

describe("parseSaveBody", () => {
  const json = "application/json";

  it("returns the values with the path's id and the body's version", () => {
    const parsed = parseSaveBody(json, JSON.stringify({ version: 3, values: { slug: "x", id: 99 } }), 7);
    expect(parsed).toEqual({ ok: true, input: { slug: "x", id: 7, version: 3 } });
  });

  it("accepts a charset and +json media types", () => {
    expect(parseSaveBody("application/json; charset=utf-8", '{"version":1,"values":{}}', 1).ok).toBe(true);
    expect(parseSaveBody("application/merge-patch+json", '{"version":1,"values":{}}', 1).ok).toBe(true);
  });

  it("leaves a missing version to the schema (a field error, not a parse error)", () => {
    expect(parseSaveBody(json, '{"values":{}}', 1)).toEqual({ ok: true, input: { id: 1, version: undefined } });
  });

  it("gives 415 for other content types and 400 for bodies that are not a JSON object with values", () => {
    expect(parseSaveBody("text/plain", "{}", 1)).toMatchObject({ ok: false, status: 415 });
    expect(parseSaveBody(null, "{}", 1)).toMatchObject({ ok: false, status: 415 });
    expect(parseSaveBody("application/jsonx", "{}", 1)).toMatchObject({ ok: false, status: 415 });
    for (const body of ["", "{", "null", "[]", "42", '"s"', '{"version":1}', '{"version":1,"values":[]}', '{"version":1,"values":"x"}', "\uFFFD\uFFFD"]) {
      expect(parseSaveBody(json, body, 1)).toMatchObject({ ok: false, status: 400 });
    }
  });
});
