/** Which technique pages embed the lab, and the run each one starts with (pure; used on the server). */
import { presetConfig, PRESETS, type ActivationKind, type RunConfig } from "@/lib/regression";
import type { LabFocus } from "./settings-panel";

export const LAB_TECHNIQUES: ReadonlySet<string> = new Set(["regression", "sigmoid", "relu", "tanh", "mse", "cross-entropy"]);

const ACTIVATION_PAGES: Readonly<Record<string, ActivationKind>> = { sigmoid: "sigmoid", relu: "relu", tanh: "tanh" };

export interface EmbedSetup {
  config: RunConfig;
  focus: LabFocus;
}

/**
 * Activation pages start on curved data with a hidden layer using that
 * activation (a line would not show the difference); the regression and
 * loss pages start on the article's own task.
 */
export function embedSetup(slug: string): EmbedSetup | null {
  if (!LAB_TECHNIQUES.has(slug)) return null;
  const activation = ACTIVATION_PAGES[slug];
  if (activation) {
    const nonlinear = PRESETS.nonlinear.config;
    return { config: { ...nonlinear, preset: null, activation }, focus: "activation" };
  }
  const focus: LabFocus = slug === "mse" ? "mse" : slug === "cross-entropy" ? "cross-entropy" : "regression";
  return { config: presetConfig("article"), focus };
}
