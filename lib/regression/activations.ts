/** Activation functions, their derivatives, and LaTeX for display. */

export type ActivationKind = "relu" | "tanh" | "sigmoid" | "linear";

export const ACTIVATION_KINDS: readonly ActivationKind[] = ["relu", "tanh", "sigmoid", "linear"];

export interface ActivationInfo {
  kind: ActivationKind;
  label: string;
  /** Formula as written in the article (KaTeX-ready, no $ delimiters). */
  latex: string;
  derivativeLatex: string;
  f(z: number): number;
  /** Derivative at pre-activation z, given a = f(z) (saves recomputation). */
  df(z: number, a: number): number;
}

export function sigmoid(z: number): number {
  // Numerically stable for large |z|.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function relu(z: number): number {
  return z > 0 ? z : 0;
}

export function tanh(z: number): number {
  return Math.tanh(z);
}

export function linear(z: number): number {
  return z;
}

/** σ'(z) = σ(z)(1 − σ(z)) */
export function sigmoidDerivative(z: number): number {
  const s = sigmoid(z);
  return s * (1 - s);
}

/** ReLU'(z): 1 for z > 0, else 0 (TensorFlow also uses 0 at z = 0). */
export function reluDerivative(z: number): number {
  return z > 0 ? 1 : 0;
}

/** tanh'(z) = 1 − tanh²(z) */
export function tanhDerivative(z: number): number {
  const t = Math.tanh(z);
  return 1 - t * t;
}

/** linear'(z) = 1 (NaN in, NaN out). */
export function linearDerivative(z: number): number {
  return Number.isNaN(z) ? Number.NaN : 1;
}

export const ACTIVATIONS: Readonly<Record<ActivationKind, ActivationInfo>> = {
  sigmoid: {
    kind: "sigmoid",
    label: "Sigmoid",
    latex: "f(x) = \\frac{1}{1 + e^{-x}}",
    derivativeLatex: "f'(x) = f(x)\\,\\bigl(1 - f(x)\\bigr)",
    f: sigmoid,
    df: (_z, a) => a * (1 - a),
  },
  relu: {
    kind: "relu",
    label: "ReLU",
    latex: "f(x) = \\max(0, x)",
    derivativeLatex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
    f: relu,
    df: (z) => (z > 0 ? 1 : 0),
  },
  tanh: {
    kind: "tanh",
    label: "tanh",
    latex: "f(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}",
    derivativeLatex: "f'(x) = 1 - f(x)^2",
    f: tanh,
    df: (_z, a) => 1 - a * a,
  },
  linear: {
    kind: "linear",
    label: "Linear",
    latex: "f(x) = x",
    derivativeLatex: "f'(x) = 1",
    f: linear,
    df: () => 1,
  },
};

export function isActivationKind(s: string): s is ActivationKind {
  return (ACTIVATION_KINDS as readonly string[]).includes(s);
}
