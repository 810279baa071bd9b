import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LAB_FORMULAS } from "./lab-formulas.generated";
import { labFormulasModule } from "./lab-formulas-module";
import { renderLabFormulas } from "./render-formulas";

describe("the lab's generated formulas", () => {
  it("are what KaTeX renders now (else run `npm run lab:formulas`)", () => {
    expect(LAB_FORMULAS).toEqual(renderLabFormulas());
    expect(readFileSync(path.join(__dirname, "lab-formulas.generated.ts"), "utf8")).toBe(labFormulasModule(renderLabFormulas()));
  });

  it("hold every formula as KaTeX HTML with MathML for screen readers", () => {
    const all = [
      ...Object.values(LAB_FORMULAS.activation),
      ...Object.values(LAB_FORMULAS.model),
      ...Object.values(LAB_FORMULAS.optimizer),
      LAB_FORMULAS.mse,
      LAB_FORMULAS.crossEntropy,
      LAB_FORMULAS.zscore,
    ];
    expect(all).toHaveLength(12);
    for (const html of all) {
      expect(html).toContain('class="katex"');
      expect(html).toContain("<math");
      expect(html).not.toContain("katex-error");
    }
  });
});
