import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyDifferences, insertedIndices } from "./differences";
import { parseArticle, parseCopy } from "./parse";

const copies = parseArticle(readFileSync(path.join(__dirname, "../../content/article/article.txt"), "utf8"));

describe("copyDifferences", () => {
  it("finds §4.3: 5 steps in the first Chinese copy, 6 in the second and the English, which add model compilation", () => {
    const steps = copyDifferences(copies).filter((d) => d.kind === "steps");
    expect(steps).toEqual([
      {
        kind: "steps",
        id: "s4-3",
        number: "4.3",
        counts: { zh: 5, zhSecond: 6, en: 6 },
        added: { zh: ["模型编译"], en: ["Model Compilation"] },
      },
    ]);
  });

  it("finds passages worded differently in the two Chinese copies", () => {
    const wording = copyDifferences(copies).filter((d) => d.kind === "wording");
    expect(wording.map((d) => d.id)).toEqual(["s5-3-p6", "s7-3-p1", "s7-3-p2"]);
    expect(wording[2]).toMatchObject({ second: "**著作**：《神经网络与深度学习》（邱锡鹏）、《深度学习》（微软研究院）。" });
  });

  it("reports nothing for identical copies, and a step count difference wherever one appears", () => {
    const one = "# 文章标题\n\n## 1. A\n\n### 1.1 B\n\n1. **x**：a\n2. **y**：b\n";
    const more = "# 文章标题\n\n## 1. A\n\n### 1.1 B\n\n1. **x**：a\n2. **w**：c\n3. **y**：b\n";
    const en = "# 文章标题\n\n## 1. Alpha\n\n### 1.1 Beta\n\n1. **X**: a\n2. **W**: c\n3. **Y**: b\n";
    expect(copyDifferences({ zh: parseCopy(one), zhSecond: parseCopy(one), en: parseCopy(en) })).toEqual([
      { kind: "steps", id: "s1-1", number: "1.1", counts: { zh: 2, zhSecond: 2, en: 3 }, added: { zh: [], en: [] } },
    ]);
    expect(copyDifferences({ zh: parseCopy(one), zhSecond: parseCopy(more), en: parseCopy(en) })[0]).toMatchObject({
      added: { zh: ["w"], en: ["W"] },
    });
    expect(copyDifferences({ zh: parseCopy(more), zhSecond: parseCopy(more), en: parseCopy(en) })).toEqual([]);
  });
});

describe("insertedIndices", () => {
  it("aligns two sequences and returns what the longer one adds", () => {
    expect(insertedIndices(["a", "b", "c"], ["a", "x", "b", "c", "y"])).toEqual([1, 4]);
    expect(insertedIndices(["a"], ["a"])).toEqual([]);
  });
});
