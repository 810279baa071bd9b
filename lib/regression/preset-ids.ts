/** The presets' names, apart from the presets themselves (./presets.ts builds on ./run-config.ts, which names them). */
export type PresetId = "article" | "text-says" | "high-noise" | "lr-too-high" | "nonlinear";

export const PRESET_IDS: readonly PresetId[] = ["article", "text-says", "high-noise", "lr-too-high", "nonlinear"];

export function isPresetId(s: string): s is PresetId {
  return (PRESET_IDS as readonly string[]).includes(s);
}
