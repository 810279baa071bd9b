/** Named starting points for the interactive page. */
import type { PresetId } from "./preset-ids";
import { DEFAULT_RUN_CONFIG, type RunConfig } from "./run-config";

export { isPresetId, PRESET_IDS, type PresetId } from "./preset-ids";

export interface PresetRun {
  label: string;
  config: RunConfig;
}

export interface Preset {
  id: PresetId;
  title: string;
  summary: string;
  /** The run a link to this preset opens (= runs[0].config). */
  config: RunConfig;
  /** Runs to show side by side (one for most presets). */
  runs: readonly PresetRun[];
}

function cfg(overrides: Partial<RunConfig>): RunConfig {
  return { ...DEFAULT_RUN_CONFIG, ...overrides };
}

function preset(id: PresetId, title: string, summary: string, runs: PresetRun[]): Preset {
  const first = runs[0];
  if (!first) throw new Error(`preset ${id} has no runs`);
  return { id, title, summary, config: first.config, runs };
}

const nonlinearData = { data: "sine", n: 200, noise: 0.1, preset: "nonlinear" } as const;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  article: preset(
    "article",
    "The article's code (§5)",
    "Dense(1), SGD lr 0.01, batch 32, 100 epochs on x ~ U(0,1), y = 2x + U(0,1), n = 100, z-scored.",
    [{ label: "Dense(1), SGD", config: cfg({ preset: "article" }) }],
  ),
  "text-says": preset(
    "text-says",
    "What the text says (hidden ReLU layer)",
    "The prose describes a hidden ReLU layer, the code has none: Dense(8, relu) → Dense(1), same training.",
    [
      {
        label: "Dense(8, relu) → Dense(1), SGD",
        config: cfg({ preset: "text-says", model: "mlp", units: 8, activation: "relu" }),
      },
    ],
  ),
  "high-noise": preset(
    "high-noise",
    "High noise",
    "y = 2x + 0.5 + N(0, 1): the best line explains only about a quarter of the variance.",
    [{ label: "Dense(1), SGD", config: cfg({ preset: "high-noise", data: "gaussian", noise: 1 }) }],
  ),
  "lr-too-high": preset(
    "lr-too-high",
    "Learning rate too high",
    "SGD with lr 5 on normalised data overshoots further every step and diverges in the first epoch.",
    [{ label: "Dense(1), SGD lr 5", config: cfg({ preset: "lr-too-high", learningRate: 5 }) }],
  ),
  nonlinear: preset(
    "nonlinear",
    "Non-linear data: line vs hidden layer",
    "y = sin(2πx) + noise: a straight line cannot follow it, one hidden tanh layer can.",
    [
      {
        label: "Dense(16, tanh) → Dense(1), Adam",
        config: cfg({
          ...nonlinearData,
          model: "mlp",
          units: 16,
          activation: "tanh",
          optimizer: "adam",
          learningRate: 0.01,
          epochs: 500,
        }),
      },
      { label: "Dense(1), SGD", config: cfg({ ...nonlinearData }) },
    ],
  ),
};

