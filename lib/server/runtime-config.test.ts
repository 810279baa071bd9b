import { describe, expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_GRACE_MS, parseLogFormat, parseShutdownGraceMs } from "./runtime-config.mjs";

describe("parseShutdownGraceMs", () => {
  it("defaults to 10 s", () => {
    expect(DEFAULT_SHUTDOWN_GRACE_MS).toBe(10_000);
    expect(parseShutdownGraceMs(undefined)).toEqual({ value: 10_000, error: null });
    expect(parseShutdownGraceMs(" ")).toEqual({ value: 10_000, error: null });
  });
  it("takes whole milliseconds, 0 included", () => {
    expect(parseShutdownGraceMs("2500")).toEqual({ value: 2500, error: null });
    expect(parseShutdownGraceMs("0")).toEqual({ value: 0, error: null });
  });
  it("refuses anything else with a message naming the variable", () => {
    for (const bad of ["10s", "-1", "1.5", "9999999999", "700000"]) {
      const parsed = parseShutdownGraceMs(bad);
      expect(parsed.error).toContain("SHUTDOWN_GRACE_MS");
      expect(parsed.error).toContain(bad);
    }
  });
});

describe("parseLogFormat", () => {
  it("is text by default, json when asked (any case)", () => {
    expect(parseLogFormat(undefined)).toEqual({ value: "text", error: null });
    expect(parseLogFormat("JSON")).toEqual({ value: "json", error: null });
    expect(parseLogFormat("text")).toEqual({ value: "text", error: null });
  });
  it("refuses an unknown format", () => {
    expect(parseLogFormat("yaml").error).toContain("LOG_FORMAT");
  });
});
