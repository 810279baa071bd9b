// Issue 16, item 7: server-action bodies that React's decoder would answer with a 500.
import { describe, expect, it } from "vitest";
import { MAX_ACTION_JSON_DEPTH, partsOf, screenModel } from "./action-body";

function form(entries: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

describe("server-action body screen", () => {
  it("lets plain arguments and self-contained values through", () => {
    expect(screenModel(JSON.stringify([{ id: 3, title: "标题", note: "$$5 is escaped" }, null, 1.5]), null)).toEqual({ ok: true });
    expect(screenModel(JSON.stringify(["$undefined", "$NaN", "$Infinity", "$-0", "$D2026-12-06T08:00:00.000Z", "$n123"]), null).ok).toBe(true);
  });

  it("refuses a body that is not JSON, and nesting deeper than the limit", () => {
    expect(screenModel("not json {", null)).toMatchObject({ ok: false, message: /not valid JSON/ });
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(screenModel(deep, null)).toMatchObject({ ok: false, message: /nested deeper/ });
    const limit = "[".repeat(MAX_ACTION_JSON_DEPTH) + "]".repeat(MAX_ACTION_JSON_DEPTH);
    expect(screenModel(limit, null).ok).toBe(true);
  });

  it("refuses references to parts a text/plain body cannot have ($Q, $W, $B, $@, $1) and foreign kinds", () => {
    for (const ref of ["$Q1", "$W2", "$B3", "$@4", "$1", "$i5", "$h6", "$T", "$R7", "$A8", "$Z", "$n12x"]) {
      expect(screenModel(JSON.stringify([ref]), null), ref).toMatchObject({ ok: false });
    }
  });

  it("in multipart, follows references to the parts the request has", () => {
    const ok = form({ "0": JSON.stringify(["$K1", "$Q2", "$B3"]), "1_title": "x", "2": JSON.stringify([["k", "v"]]), "3": new Blob(["b"]) });
    expect(screenModel(ok.get("0") as string, partsOf(ok), new Set(["0"]))).toEqual({ ok: true });
    const missing = form({ "0": JSON.stringify(["$Q2"]) });
    expect(screenModel(missing.get("0") as string, partsOf(missing), new Set(["0"]))).toMatchObject({ ok: false });
    const notFile = form({ "0": JSON.stringify(["$B2"]), "2": "text" });
    expect(screenModel(notFile.get("0") as string, partsOf(notFile), new Set(["0"]))).toMatchObject({ ok: false });
    const badInner = form({ "0": JSON.stringify(["$Q2"]), "2": "{broken" });
    expect(screenModel(badInner.get("0") as string, partsOf(badInner), new Set(["0"]))).toMatchObject({ ok: false });
    const cycle = form({ "0": JSON.stringify(["$1"]), "1": JSON.stringify(["$1", "$0"]) });
    expect(screenModel(cycle.get("0") as string, partsOf(cycle), new Set(["0"]))).toEqual({ ok: true });
  });
});
