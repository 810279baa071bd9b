import { describe, it, expect } from "vitest";
import { PRESET_IDS, PRESETS } from "./presets";
import { DEFAULT_RUN_CONFIG, type RunConfig } from "./run-config";
import { decodeRunConfig, encodeRunConfig, URL_KEYS } from "./url-state";

const custom: RunConfig = {
  preset: null,
  model: "mlp",
  units: 24,
  activation: "sigmoid",
  optimizer: "adam",
  learningRate: 0.003,
  batchSize: 16,
  epochs: 250,
  seed: 4_000_000_000,
  data: "outliers",
  n: 500,
  noise: 0.75,
  split: 0.2,
  outlierFraction: 0.1,
};

describe("url-state", () => {
  it("round-trips every preset and a custom config", () => {
    for (const id of PRESET_IDS) {
      for (const run of PRESETS[id].runs) {
        expect(decodeRunConfig(encodeRunConfig(run.config))).toEqual(run.config);
      }
    }
    expect(decodeRunConfig(encodeRunConfig(custom))).toEqual(custom);
    // Through a string, as from location.search.
    expect(decodeRunConfig(`?${encodeRunConfig(custom).toString()}`)).toEqual(custom);
  });

  it("uses the short keys", () => {
    const keys = [...encodeRunConfig(PRESETS.article.config).keys()];
    expect(keys).toEqual([...URL_KEYS]);
    expect(encodeRunConfig(PRESETS.article.config).toString()).toBe(
      "preset=article&model=linear&units=8&act=relu&opt=sgd&lr=0.01&bs=32&epochs=100&seed=42&data=article&n=100&noise=1&split=0&out=0.05",
    );
    expect(encodeRunConfig(custom).has("preset")).toBe(false);
  });

  it("a bare preset key opens that preset", () => {
    expect(decodeRunConfig("preset=lr-too-high")).toEqual(PRESETS["lr-too-high"].config);
    expect(decodeRunConfig({ preset: "nonlinear" })).toEqual(PRESETS.nonlinear.config);
  });

  it("explicit keys override the preset", () => {
    const c = decodeRunConfig("preset=article&lr=0.1&epochs=30");
    expect(c).toEqual({ ...PRESETS.article.config, learningRate: 0.1, epochs: 30 });
  });

  it("bad values fall back to the defaults, never throw", () => {
    const c = decodeRunConfig(
      "preset=bogus&model=cnn&units=0&act=elu&opt=rmsprop&lr=-1&bs=2.5&epochs=1e9&seed=-3&data=mnist&n=1&noise=NaN&split=0.95&out=abc",
    );
    expect(c).toEqual({ ...DEFAULT_RUN_CONFIG, preset: null });
    expect(decodeRunConfig("")).toEqual({ ...DEFAULT_RUN_CONFIG, preset: null });
    expect(decodeRunConfig("lr=0x10&units=65&n=10001&seed=4294967296").learningRate).toBe(0.01);
    expect(decodeRunConfig("units=65").units).toBe(8);
    expect(decodeRunConfig("lr=Infinity").learningRate).toBe(0.01);
    expect(decodeRunConfig("lr=%20").learningRate).toBe(0.01);
  });

  it("invalid values fall back to the chosen preset's values", () => {
    const c = decodeRunConfig("preset=nonlinear&units=999&opt=nope");
    expect(c.units).toBe(PRESETS.nonlinear.config.units);
    expect(c.optimizer).toBe("adam");
  });

  it("never throws on garbage", () => {
    for (const s of ["%%%", "a=b=c&&&", "=1", "lr", "?preset=&lr=", "seed=1e400"]) {
      expect(() => decodeRunConfig(s)).not.toThrow();
    }
  });
});
