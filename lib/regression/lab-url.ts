/**
 * The lab's whole URL state: the run config (url-state.ts keys) plus
 *  - `data=csv` when the user supplies their own x,y data, with the text in
 *    `csv` when it is short enough to share in a link (MAX_URL_CSV_CHARS);
 *  - `run=1` to start training as soon as the page opens.
 * Decoding never throws; anything invalid falls back as in url-state.ts.
 */
import { PRESET_IDS, PRESETS, type PresetId } from "./presets";
import { DEFAULT_RUN_CONFIG, type RunConfig } from "./run-config";
import { decodeRunConfig, encodeRunConfig, toParams, type UrlInput } from "./url-state";

/** Longer CSV text is not put in the URL (links must stay shareable). */
export const MAX_URL_CSV_CHARS = 2000;

export type DataSource = "generated" | "csv";

export interface LabUrlState {
  config: RunConfig;
  source: DataSource;
  /** The CSV text from the URL ("" when absent). */
  csv: string;
  /** True when the URL asked for CSV data but did not carry it (too long to share). */
  csvMissing: boolean;
  run: boolean;
}

export function decodeLabUrl(input: UrlInput): LabUrlState {
  const p = toParams(input);
  const config = decodeRunConfig(p);
  const source: DataSource = p.get("data") === "csv" ? "csv" : "generated";
  const csvRaw = source === "csv" ? (p.get("csv") ?? "") : "";
  const csv = csvRaw.length <= MAX_URL_CSV_CHARS ? csvRaw : "";
  return {
    config,
    source,
    csv,
    csvMissing: source === "csv" && csv.trim() === "",
    run: p.get("run") === "1",
  };
}

export interface LabUrlInput {
  config: RunConfig;
  source: DataSource;
  csv: string;
  run: boolean;
}

export function encodeLabUrl(state: LabUrlInput): URLSearchParams {
  const p = encodeRunConfig(state.config);
  if (state.source === "csv") {
    p.set("data", "csv");
    if (!csvTooLongForUrl(state.csv) && state.csv.trim() !== "") p.set("csv", state.csv);
  }
  if (state.run) p.set("run", "1");
  return p;
}

/**
 * True when the CSV text is too long to be carried by a link: measured as it is written in the address
 * (percent-encoded: each comma and line break takes three characters), so a link stays at about 2 KB.
 */
export function csvTooLongForUrl(csv: string): boolean {
  if (csv.length > MAX_URL_CSV_CHARS) return true;
  return new URLSearchParams({ csv }).toString().length - "csv=".length > MAX_URL_CSV_CHARS;
}

/** The config a preset opens, or the default when the id is null. */
export function presetConfig(id: PresetId | null): RunConfig {
  return id ? { ...PRESETS[id].config } : { ...DEFAULT_RUN_CONFIG, preset: null };
}

/** The preset whose settings `config` has, every one of them (its `preset` field aside), or null. */
export function presetOf(config: RunConfig): PresetId | null {
  const keys = Object.keys(DEFAULT_RUN_CONFIG) as Array<keyof RunConfig>;
  for (const id of PRESET_IDS) {
    const base = PRESETS[id].config;
    if (keys.every((k) => k === "preset" || base[k] === config[k])) return id;
  }
  return null;
}

/**
 * `config` named after the preset it equals (a first visit with no parameters is the article's preset, and so is a
 * setting changed and changed back), or marked custom when it equals none.
 */
export function withRecognisedPreset(config: RunConfig): RunConfig {
  const preset = presetOf(config);
  return preset === config.preset ? config : { ...config, preset };
}

/** Does `config` still equal its preset's own config (ignoring nothing)? */
export function matchesPreset(config: RunConfig): boolean {
  if (config.preset === null) return false;
  const base = PRESETS[config.preset].config;
  return (Object.keys(base) as Array<keyof RunConfig>).every((k) => base[k] === config[k]);
}
