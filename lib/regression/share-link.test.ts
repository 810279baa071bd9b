import { describe, expect, it } from "vitest";
import { csvTooLongForUrl, decodeLabUrl, MAX_URL_CSV_CHARS, presetConfig, presetOf, withRecognisedPreset } from "./lab-url";
import { DEFAULT_RUN_CONFIG } from "./run-config";
import { shareLink } from "./share-link";

describe("shareLink", () => {
  it("is the canonical page address with every setting, and opens the same state", () => {
    const config = { ...presetConfig("article"), preset: null, learningRate: 0.05, seed: 7 };
    const link = shareLink("https://atlas.example.org/en/lab?junk=1#x", { config, source: "generated", csv: "", run: true });
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe("https://atlas.example.org/en/lab");
    expect(url.hash).toBe("");
    expect(url.searchParams.has("junk")).toBe(false);
    expect(link.dataLeftOut).toBe(false);
    expect(decodeLabUrl(url.search)).toEqual({ config, source: "generated", csv: "", csvMissing: false, run: true });
  });

  it("carries short CSV data and leaves long data out, saying so", () => {
    const short = "x,y\n1,2\n2,4\n3,6.1";
    const withData = shareLink("http://localhost:3000/zh/lab", { config: DEFAULT_RUN_CONFIG, source: "csv", csv: short, run: false });
    expect(withData.dataLeftOut).toBe(false);
    expect(decodeLabUrl(new URL(withData.url).search).csv).toBe(short);

    const long = `x,y\n${"0.25,1.5\n".repeat(300)}`; // 2,704 characters
    const without = shareLink("http://localhost:3000/zh/lab", { config: DEFAULT_RUN_CONFIG, source: "csv", csv: long, run: false });
    expect(without.dataLeftOut).toBe(true);
    expect(new URL(without.url).searchParams.has("csv")).toBe(false);
    expect(decodeLabUrl(new URL(without.url).search).csvMissing).toBe(true);
    expect(without.url.length).toBeLessThan(400);
  });
});

describe("the URL length rule for own data", () => {
  it("measures the data as written in the address (about 2 KB)", () => {
    // 1,600 characters of text, but commas and line breaks are three characters each once encoded.
    const csv = "1,2\n".repeat(400);
    expect(csv.length).toBeLessThan(MAX_URL_CSV_CHARS);
    expect(csvTooLongForUrl(csv)).toBe(true);
    const fits = "1,2\n".repeat(200);
    expect(csvTooLongForUrl(fits)).toBe(false);
    expect(csvTooLongForUrl("x".repeat(MAX_URL_CSV_CHARS + 1))).toBe(true);
  });
});

describe("preset recognition", () => {
  it("names the article's preset on a first visit with no parameters", () => {
    const first = decodeLabUrl("");
    expect(first.config.preset).toBeNull();
    expect(withRecognisedPreset(first.config).preset).toBe("article");
  });

  it("knows a preset by its settings, and custom settings as none", () => {
    expect(presetOf(presetConfig("nonlinear"))).toBe("nonlinear");
    expect(presetOf({ ...presetConfig("high-noise"), preset: null })).toBe("high-noise");
    expect(presetOf({ ...presetConfig("article"), learningRate: 0.02 })).toBeNull();
    expect(withRecognisedPreset({ ...presetConfig("article"), learningRate: 0.02 }).preset).toBeNull();
  });
});
