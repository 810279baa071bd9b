import { describe, expect, it } from "vitest";
import { summarizeRevision, type SummaryWords } from "./revision-summary";

const words: SummaryWords = {
  field: (name) => ({ title: "Title", summary: "Summary", techniques: "Techniques", status: "Status", slug: "Slug", position: "Position" })[name] ?? name,
  option: (_field, value) => value,
  created: "Created",
  trashed: "Moved to the trash",
  restored: "Restored",
  unchanged: "No changes",
};

const v1 = { slug: "a", titleEn: "A", titleZh: "甲", status: "draft", position: 1, techniques: [{ id: 1, basis: "article" }], deleted: false };

describe("summarizeRevision", () => {
  it("names the fields a revision changed, links as +added −removed, and status as from→to", () => {
    const v2 = { ...v1, titleEn: "A2", status: "published", techniques: [{ id: 1, basis: "article" }, { id: 2, basis: "editorial" }] };
    expect(summarizeRevision(v1, v2, words)).toBe("Title (en), Status draft→published, Techniques +1 −0");
  });

  it("counts removals and basis changes, and names both languages separately", () => {
    const v2 = { ...v1, titleZh: "乙", summaryEn: "new", techniques: [{ id: 1, basis: "editorial" }] };
    const v3 = { ...v2, techniques: [] };
    expect(summarizeRevision(v1, v2, words)).toBe("Title (zh), Techniques +0 −0 ~1, Summary (en)");
    expect(summarizeRevision(v2, v3, words)).toBe("Techniques +0 −1");
  });

  it("the first revision is a creation; a move to the trash and back is said in words", () => {
    expect(summarizeRevision(null, v1, words)).toBe("Created");
    expect(summarizeRevision(v1, { ...v1, deleted: true }, words)).toBe("Moved to the trash");
    expect(summarizeRevision({ ...v1, deleted: true }, v1, words)).toBe("Restored");
  });

  it("says when nothing changed (a merge that kept everything), and uses option labels", () => {
    expect(summarizeRevision(v1, { ...v1 }, words)).toBe("No changes");
    const labelled = { ...words, option: (_f: string, v: string) => ({ draft: "Draft", published: "Published" })[v] ?? v };
    expect(summarizeRevision(v1, { ...v1, status: "published", position: 2 }, labelled)).toBe("Status Draft→Published, Position");
  });
});
