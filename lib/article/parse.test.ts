import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anchorsOf, findBlock, findPart, parseArticle, parseCopy, splitCopies } from "./parse";

const file = readFileSync(path.join(__dirname, "../../content/article/article.txt"), "utf8");
const copies = parseArticle(file);

describe("parseArticle", () => {
  it("finds the three copies: two Chinese, then the English one", () => {
    expect(splitCopies(file)).toHaveLength(3);
    expect(copies.zh.sections.map((s) => s.title)[0]).toBe("背景介绍");
    expect(copies.en.sections.map((s) => s.title)[0]).toBe("Background Introduction");
    for (const copy of [copies.zh, copies.zhSecond, copies.en]) {
      expect(copy.sections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      expect(copy.title).toBe("AI大模型应用的跨界融合趋势");
    }
  });

  it("reads both heading styles (## 1. / ### 1.1 in the first copy, ### 1. / #### 1.1 in the others)", () => {
    expect(findPart(copies.zh, "6.2")?.title).toBe("医疗健康");
    expect(findPart(copies.zhSecond, "6.2")?.title).toBe("医疗健康");
    expect(findPart(copies.en, "6.2")?.title).toBe("Medical Health Field");
    expect(findPart(copies.en, "6")?.title).toBe("Practical Application Scenarios");
    expect(findPart(copies.en, "6.9")).toBeUndefined();
  });

  it("gives every section, sub-section and passage a unique anchor", () => {
    for (const copy of [copies.zh, copies.zhSecond, copies.en]) {
      const anchors = anchorsOf(copy);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const a of anchors) expect(a).toMatch(/^(intro-p\d+|s\d+(-\d+)?(-p\d+)?)$/);
    }
  });

  it("keeps anchors stable: the same passage has the same anchor in zh and en", () => {
    expect(findBlock(copies.zh, "s6-1-p1")?.text).toMatch(/^大模型在教育领域的应用非常广泛/);
    expect(findBlock(copies.en, "s6-1-p1")?.text).toMatch(/^Large-scale models have extensive applications in the education field/);
    expect(findBlock(copies.zh, "s1-2-p2")?.lead).toBe("参数数量庞大");
    expect(findBlock(copies.en, "s1-2-p2")?.lead).toBe("Massive Parameter Numbers");
    expect(findBlock(copies.zh, "s5-2-p2")).toMatchObject({ kind: "code", language: "python" });
    const zh = anchorsOf(copies.zh);
    const en = anchorsOf(copies.en);
    // The only structural differences: the first copy's opening paragraph, and §4.3's sixth step.
    expect(zh.filter((a) => !en.includes(a))).toEqual(["intro-p3"]);
    expect(en.filter((a) => !zh.includes(a))).toEqual(["s4-3-p7"]);
  });

  it("parses items: numbers, bold leads and the formulas written under them", () => {
    const steps = findPart(copies.zh, "4.3")!.blocks.filter((b) => b.kind === "item");
    expect(steps.map((b) => b.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((b) => b.lead)).toEqual(["数据预处理", "模型构建", "模型训练", "模型评估", "模型部署"]);
    expect(findBlock(copies.en, "s4-2-p2")).toMatchObject({ lead: "Mean Squared Error (MSE)", formula: "L = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y}_i)^2" });
  });

  it("parses a small copy: intro, quote, paragraph joined across lines, code", () => {
    const copy = parseCopy("# 文章标题\n\n## T\n\n> k\n\n## 1. A\n\nx\ny\n\n### 1.1 B\n\n- **L**：z\n\n```js\ncode\n```\n");
    expect(copy.title).toBe("T");
    expect(copy.intro).toEqual([{ id: "intro-p1", kind: "quote", text: "k" }]);
    expect(copy.sections[0].blocks).toEqual([{ id: "s1-p1", kind: "paragraph", text: "x\ny" }]);
    expect(copy.sections[0].subsections[0].blocks).toEqual([
      { id: "s1-1-p1", kind: "item", text: "**L**：z", lead: "L" },
      { id: "s1-1-p2", kind: "code", text: "code", language: "js" },
    ]);
  });

  it("refuses a file that is not three copies", () => {
    expect(() => parseArticle(splitCopies(file).slice(0, 2).join(""))).toThrow(/English/);
  });
});
