import { describe, expect, it } from "vitest";
import { pick, pickField } from "./localize";

describe("pick", () => {
  it("returns the requested language when present", () => {
    expect(pick("教育", "Education", "zh")).toEqual({ text: "教育", lang: "zh", fallback: false });
    expect(pick("教育", "Education", "en")).toEqual({ text: "Education", lang: "en", fallback: false });
  });

  it("falls back to the other language and marks it", () => {
    expect(pick("", "Education", "zh")).toEqual({ text: "Education", lang: "en", fallback: true });
    expect(pick("教育", "  ", "en")).toEqual({ text: "教育", lang: "zh", fallback: true });
  });

  it("returns empty text without fallback when both are missing", () => {
    expect(pick(null, undefined, "en")).toEqual({ text: "", lang: "en", fallback: false });
  });

  it("reads suffixed fields from a row", () => {
    expect(pickField({ nameZh: "金融", nameEn: "" }, "name", "en")).toMatchObject({ text: "金融", fallback: true });
  });
});
