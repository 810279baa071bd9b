/**
 * RunConfig ⇄ URLSearchParams, so a shared link reproduces a run.
 *
 * Keys: preset, model, units, act, opt, lr, bs, epochs, seed, data, n, noise,
 * split, out (outlier fraction). Decoding never throws: a missing or invalid
 * value falls back to the preset's value when `preset` is valid, else to
 * DEFAULT_RUN_CONFIG.
 */
import { isActivationKind } from "./activations";
import { isDatasetKind, MAX_POINTS, MIN_POINTS } from "./datasets";
import { MAX_UNITS, MIN_UNITS, type ModelKind } from "./model";
import { isOptimizerKind } from "./optimizers";
import { isPresetId, PRESETS } from "./presets";
import { DEFAULT_RUN_CONFIG, type RunConfig } from "./run-config";

export const URL_KEYS = [
  "preset",
  "model",
  "units",
  "act",
  "opt",
  "lr",
  "bs",
  "epochs",
  "seed",
  "data",
  "n",
  "noise",
  "split",
  "out",
] as const;

export type UrlKey = (typeof URL_KEYS)[number];

/** Accepted ranges (inclusive) for numeric keys. */
export const URL_LIMITS = {
  units: [MIN_UNITS, MAX_UNITS],
  lr: [1e-6, 100],
  bs: [1, MAX_POINTS],
  epochs: [1, 10_000],
  seed: [0, 0xffffffff],
  n: [MIN_POINTS, MAX_POINTS],
  noise: [0, 10],
  split: [0, 0.9],
  out: [0, 0.5],
} as const;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(raw: string | null, [min, max]: readonly [number, number], integer: boolean): number | null {
  if (raw === null) return null;
  const s = raw.trim();
  if (!DECIMAL.test(s)) return null;
  const v = Number(s);
  if (!Number.isFinite(v) || v < min || v > max) return null;
  if (integer && !Number.isInteger(v)) return null;
  return v;
}

function fmtNumber(v: number): string {
  // Shortest round-tripping form; JSON-like, never "NaN" (encode only gets valid configs).
  return Number.isFinite(v) ? String(v) : "0";
}

export function encodeRunConfig(c: RunConfig): URLSearchParams {
  const p = new URLSearchParams();
  if (c.preset !== null) p.set("preset", c.preset);
  p.set("model", c.model);
  p.set("units", fmtNumber(c.units));
  p.set("act", c.activation);
  p.set("opt", c.optimizer);
  p.set("lr", fmtNumber(c.learningRate));
  p.set("bs", fmtNumber(c.batchSize));
  p.set("epochs", fmtNumber(c.epochs));
  p.set("seed", fmtNumber(c.seed));
  p.set("data", c.data);
  p.set("n", fmtNumber(c.n));
  p.set("noise", fmtNumber(c.noise));
  p.set("split", fmtNumber(c.split));
  p.set("out", fmtNumber(c.outlierFraction));
  return p;
}

export type UrlInput = URLSearchParams | string | Readonly<Record<string, string | undefined>>;

/** The query as URLSearchParams, whatever form it came in (also for lab-url.ts). */
export function toParams(input: UrlInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (typeof input === "string") return new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) if (typeof v === "string") p.set(k, v);
  return p;
}

export function decodeRunConfig(input: UrlInput): RunConfig {
  const p = toParams(input);
  const presetRaw = p.get("preset");
  const presetId = presetRaw !== null && isPresetId(presetRaw) ? presetRaw : null;
  const base: RunConfig = presetId ? { ...PRESETS[presetId].config } : { ...DEFAULT_RUN_CONFIG, preset: null };

  const model = p.get("model");
  const act = p.get("act");
  const opt = p.get("opt");
  const data = p.get("data");
  const num = (key: keyof typeof URL_LIMITS, integer: boolean, fallback: number): number =>
    readNumber(p.get(key), URL_LIMITS[key], integer) ?? fallback;

  return {
    preset: presetId,
    model: model === "linear" || model === "mlp" ? (model satisfies ModelKind) : base.model,
    units: num("units", true, base.units),
    activation: act !== null && isActivationKind(act) ? act : base.activation,
    optimizer: opt !== null && isOptimizerKind(opt) ? opt : base.optimizer,
    learningRate: num("lr", false, base.learningRate),
    batchSize: num("bs", true, base.batchSize),
    epochs: num("epochs", true, base.epochs),
    seed: num("seed", true, base.seed),
    data: data !== null && isDatasetKind(data) ? data : base.data,
    n: num("n", true, base.n),
    noise: num("noise", false, base.noise),
    split: num("split", false, base.split),
    outlierFraction: num("out", false, base.outlierFraction),
  };
}
