import { describe, expect, it } from "vitest";
import { serverNodeArgs } from "./env.mjs";

describe("serverNodeArgs", () => {
  it("adds the heap flags unless NODE_OPTIONS sets them, in either spelling (- or _)", () => {
    expect(serverNodeArgs("")).toEqual(["--max-old-space-size=512", "--max-semi-space-size=8"]);
    expect(serverNodeArgs("--max-semi-space-size=16")).toEqual(["--max-old-space-size=512"]);
    expect(serverNodeArgs("--max_semi_space_size=16")).toEqual(["--max-old-space-size=512"]);
    expect(serverNodeArgs("--max_old_space_size=1024 --max-semi-space-size=4")).toEqual([]);
  });
});
