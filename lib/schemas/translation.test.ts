import { describe, expect, it } from "vitest";
import { translationStatus } from "./translation";

const pairs: Array<[string, string]> = [
  ["titleZh", "titleEn"],
  ["summaryZh", "summaryEn"],
];

describe("the translation badge is computed from the content", () => {
  it("an empty form misses both languages (it is not complete)", () => {
    expect(translationStatus({}, pairs)).toEqual({ missingZh: true, missingEn: true });
    expect(translationStatus({ titleZh: "  ", titleEn: "" }, pairs)).toEqual({ missingZh: true, missingEn: true });
  });

  it("zh only misses English; en only misses Chinese", () => {
    expect(translationStatus({ titleZh: "标题" }, pairs)).toEqual({ missingZh: false, missingEn: true });
    expect(translationStatus({ titleEn: "Title" }, pairs)).toEqual({ missingZh: true, missingEn: false });
  });

  it("both languages in every used pair is complete; an unused optional pair does not count", () => {
    expect(translationStatus({ titleZh: "标题", titleEn: "Title", summaryZh: "", summaryEn: "" }, pairs)).toEqual({ missingZh: false, missingEn: false });
    expect(translationStatus({ titleZh: "标题", titleEn: "Title", summaryZh: "摘要" }, pairs)).toEqual({ missingZh: false, missingEn: true });
  });

  it("an entity without localized fields has nothing to miss", () => {
    expect(translationStatus({}, [])).toEqual({ missingZh: false, missingEn: false });
  });
});
