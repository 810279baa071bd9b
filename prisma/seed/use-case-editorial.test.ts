// Issue 13: on use-case pages the paragraph we wrote ("What it typically involves" / 通常涉及) is stored apart from
// the body, in `editorial`, so the page marks it; the body keeps only what the article says.
import { describe, expect, it } from "vitest";
import { content } from "./content";

const LABEL = { en: "**What it typically involves:**", zh: "**通常涉及**" } as const;

describe("seeded use cases: editorial paragraphs stored apart", () => {
  it("no body still contains the editorial paragraph", () => {
    for (const u of content.useCases) {
      expect(u.body.en, u.slug).not.toContain("typically involves");
      expect(u.body.zh, u.slug).not.toContain("通常涉及");
    }
  });

  it("every body is the article's paragraph alone", () => {
    for (const u of content.useCases) {
      expect(u.body.en, u.slug).toMatch(/^\*\*What the article says/);
      expect(u.body.zh, u.slug).toMatch(/^\*\*文章所述/);
      expect(u.body.en, u.slug).not.toContain("\n\n");
      expect(u.body.zh, u.slug).not.toContain("\n\n");
    }
  });

  it("every use case has its editorial paragraph in both languages", () => {
    expect(content.useCases.length).toBeGreaterThan(0);
    for (const u of content.useCases) {
      expect(u.editorial?.en.startsWith(`${LABEL.en} `), u.slug).toBe(true);
      expect(u.editorial?.zh.startsWith(`${LABEL.zh}：`), u.slug).toBe(true);
      expect(u.editorial!.en.length, u.slug).toBeGreaterThan(LABEL.en.length + 40);
      expect(u.editorial!.zh.length, u.slug).toBeGreaterThan(LABEL.zh.length + 20);
    }
  });
});
