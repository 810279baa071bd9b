import { describe, expect, it } from "vitest";
import { decodeLabUrl, encodeLabUrl, matchesPreset, MAX_URL_CSV_CHARS, presetConfig } from "./lab-url";
import { PRESETS } from "./presets";
import { DEFAULT_RUN_CONFIG } from "./run-config";

describe("lab-url", () => {
  it("preset=article&run=1 opens the article preset and runs it", () => {
    const s = decodeLabUrl("?preset=article&run=1");
    expect(s.config).toEqual(PRESETS.article.config);
    expect(s.run).toBe(true);
    expect(s.source).toBe("generated");
  });

  it("round-trips generated data, with and without run", () => {
    const config = { ...PRESETS.nonlinear.config, seed: 7 };
    for (const run of [true, false]) {
      const s = decodeLabUrl(encodeLabUrl({ config, source: "generated", csv: "", run }));
      expect(s).toEqual({ config, source: "generated", csv: "", csvMissing: false, run });
    }
  });

  it("carries short CSV text and keeps the other settings", () => {
    const csv = "x,y\n1,2\n2,4.1\n3,5.9";
    const config = { ...DEFAULT_RUN_CONFIG, preset: null, learningRate: 0.1 };
    const p = encodeLabUrl({ config, source: "csv", csv, run: false });
    expect(p.get("data")).toBe("csv");
    const s = decodeLabUrl(p.toString());
    expect(s.source).toBe("csv");
    expect(s.csv).toBe(csv);
    expect(s.csvMissing).toBe(false);
    expect(s.config.learningRate).toBe(0.1);
    // The generated-data kind falls back to the base (it is unused with CSV).
    expect(s.config.data).toBe(DEFAULT_RUN_CONFIG.data);
  });

  it("leaves long CSV text out of the link and says so on decode", () => {
    const csv = `x,y\n${"1,2\n".repeat(MAX_URL_CSV_CHARS)}`;
    const p = encodeLabUrl({ config: DEFAULT_RUN_CONFIG, source: "csv", csv, run: false });
    expect(p.has("csv")).toBe(false);
    const s = decodeLabUrl(p);
    expect(s.source).toBe("csv");
    expect(s.csvMissing).toBe(true);
    // A hand-made over-long csv param is ignored too.
    expect(decodeLabUrl({ data: "csv", csv }).csvMissing).toBe(true);
  });

  it("ignores junk", () => {
    const s = decodeLabUrl("?run=yes&data=<script>&lr=NaN&preset=nope");
    expect(s.run).toBe(false);
    expect(s.source).toBe("generated");
    expect(s.config).toEqual({ ...DEFAULT_RUN_CONFIG, preset: null });
  });

  it("knows when a config still matches its preset", () => {
    expect(matchesPreset(presetConfig("high-noise"))).toBe(true);
    expect(matchesPreset({ ...presetConfig("high-noise"), seed: 1 })).toBe(false);
    expect(matchesPreset(presetConfig(null))).toBe(false);
  });
});
