import { describe, it, expect } from "vitest";
import {
  ACTIVATION_KINDS,
  ACTIVATIONS,
  isActivationKind,
  linearDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from "./activations";

describe("activations", () => {
  it("values", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(relu(-3)).toBe(0);
    expect(relu(2.5)).toBe(2.5);
    expect(tanh(0.3)).toBeCloseTo((Math.exp(0.3) - Math.exp(-0.3)) / (Math.exp(0.3) + Math.exp(-0.3)), 15);
  });

  it("derivatives match central finite differences", () => {
    const h = 1e-6;
    for (const kind of ACTIVATION_KINDS) {
      const { f, df } = ACTIVATIONS[kind];
      for (const z of [-2.3, -0.4, 0.7, 1.9]) {
        const numeric = (f(z + h) - f(z - h)) / (2 * h);
        expect(df(z, f(z))).toBeCloseTo(numeric, 6);
      }
    }
    expect(sigmoidDerivative(0)).toBe(0.25);
    expect(tanhDerivative(0)).toBe(1);
    expect(reluDerivative(0)).toBe(0); // TensorFlow convention
    expect(reluDerivative(1)).toBe(1);
    expect(linearDerivative(5)).toBe(1);
  });

  it("carries the article's LaTeX formulas", () => {
    expect(ACTIVATIONS.sigmoid.latex).toBe("f(x) = \\frac{1}{1 + e^{-x}}");
    expect(ACTIVATIONS.relu.latex).toBe("f(x) = \\max(0, x)");
    expect(ACTIVATIONS.tanh.latex).toBe("f(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}");
    for (const kind of ACTIVATION_KINDS) expect(ACTIVATIONS[kind].derivativeLatex.startsWith("f'(x) =")).toBe(true);
  });

  it("isActivationKind", () => {
    expect(isActivationKind("tanh")).toBe(true);
    expect(isActivationKind("elu")).toBe(false);
  });
});
