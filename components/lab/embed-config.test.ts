import { describe, expect, it } from "vitest";
import { PRESETS } from "@/lib/regression";
import { embedSetup, LAB_TECHNIQUES } from "./embed-config";

describe("embedSetup", () => {
  it("covers exactly the regression, activation and loss pages", () => {
    expect([...LAB_TECHNIQUES].sort()).toEqual(["cross-entropy", "mse", "regression", "relu", "sigmoid", "tanh"]);
    expect(embedSetup("nlp")).toBeNull();
  });

  it("starts the regression and loss pages on the article's task", () => {
    for (const slug of ["regression", "mse", "cross-entropy"]) {
      expect(embedSetup(slug)?.config).toEqual(PRESETS.article.config);
    }
    expect(embedSetup("mse")?.focus).toBe("mse");
    expect(embedSetup("cross-entropy")?.focus).toBe("cross-entropy");
  });

  it("starts activation pages on curved data with that activation", () => {
    for (const slug of ["relu", "tanh", "sigmoid"] as const) {
      const s = embedSetup(slug);
      expect(s?.focus).toBe("activation");
      expect(s?.config.model).toBe("mlp");
      expect(s?.config.activation).toBe(slug);
      expect(s?.config.data).toBe("sine");
    }
  });
});
