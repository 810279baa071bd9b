import type { ActivationKind, ModelKind, OptimizerKind } from "@/lib/regression";

/** KaTeX HTML for the lab's formulas, rendered once on the server (the browser ships no KaTeX code). */
export interface LabFormulas {
  activation: Record<ActivationKind, string>;
  model: Record<ModelKind, string>;
  optimizer: Record<OptimizerKind, string>;
  mse: string;
  crossEntropy: string;
  zscore: string;
}
