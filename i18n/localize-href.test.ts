import { describe, expect, it } from "vitest";
import { localizeHref, stripLocale } from "./localize-href";

describe("localizeHref", () => {
  it("prefixes site paths with the locale", () => {
    expect(localizeHref("/", "en")).toBe("/en");
    expect(localizeHref("/domains", "zh")).toBe("/zh/domains");
    expect(localizeHref("/explore?technique=nlp&domain=education", "en")).toBe("/en/explore?technique=nlp&domain=education");
    expect(localizeHref("/?q=a", "en")).toBe("/en?q=a");
    expect(localizeHref("/#top", "zh")).toBe("/zh#top");
  });

  it("leaves other URLs alone", () => {
    expect(localizeHref("https://example.org/x", "en")).toBe("https://example.org/x");
    expect(localizeHref("//example.org/x", "en")).toBe("//example.org/x");
    expect(localizeHref("#main", "en")).toBe("#main");
    expect(localizeHref("?page=2", "en")).toBe("?page=2");
  });
});

describe("stripLocale", () => {
  it("removes only a leading locale segment", () => {
    expect(stripLocale("/en", "en")).toBe("/");
    expect(stripLocale("/en/domains/education", "en")).toBe("/domains/education");
    expect(stripLocale("/english", "en")).toBe("/english");
    expect(stripLocale("/zh/faq", "en")).toBe("/zh/faq");
  });
});
