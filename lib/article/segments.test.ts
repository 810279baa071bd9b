import { describe, expect, it } from "vitest";
import { textPieces } from "./segments";

describe("textPieces", () => {
  it("turns **bold** into bold runs", () => {
    expect(textPieces("**数据共享**：不同领域", [])).toEqual([
      { runs: [{ text: "数据共享", bold: true }, { text: "：不同领域", bold: false }] },
    ]);
  });

  it("marks the first occurrence of each phrase, even across bold and plain text", () => {
    expect(textPieces("如智能辅导系统、自适应学习平台等", ["自适应学习平台", "智能辅导系统"])).toEqual([
      { runs: [{ text: "如", bold: false }] },
      { mark: 1, runs: [{ text: "智能辅导系统", bold: false }] },
      { runs: [{ text: "、", bold: false }] },
      { mark: 0, runs: [{ text: "自适应学习平台", bold: false }] },
      { runs: [{ text: "等", bold: false }] },
    ]);
    expect(textPieces("**A B** c", ["B c"])).toEqual([
      { runs: [{ text: "A ", bold: true }] },
      { mark: 0, runs: [{ text: "B", bold: true }, { text: " c", bold: false }] },
    ]);
  });

  it("does not let two phrases overlap, and ignores phrases that are absent or empty", () => {
    // 《深度学习》 appears twice in §7.3; the second phrase takes the next free occurrence.
    const pieces = textPieces("《深度学习》（微软研究院）、《深度学习》", ["《深度学习》（微软研究院）", "《深度学习》", "nope", undefined]);
    expect(pieces.map((p) => [p.mark, p.runs.map((r) => r.text).join("")])).toEqual([
      [0, "《深度学习》（微软研究院）"],
      [undefined, "、"],
      [1, "《深度学习》"],
    ]);
  });

  it("keeps an unmatched ** as text", () => {
    expect(textPieces("a ** b", [])).toEqual([{ runs: [{ text: "a ** b", bold: false }] }]);
  });
});
