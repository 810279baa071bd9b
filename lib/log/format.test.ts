import { describe, expect, it } from "vitest";
import { formatLogLine } from "./format";

const time = new Date("2026-12-06T10:00:00.000Z");

describe("formatLogLine", () => {
  it("JSON: one parseable line per event, the stack a field with its newlines escaped", () => {
    const line = formatLogLine(
      { time, level: "error", msg: "request failed", fields: { requestId: "abc", status: 503, code: "P1001", stack: "Error: x\n    at f (a.js:1:1)", skipped: undefined } },
      "json",
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-12-06T10:00:00.000Z", level: "error", msg: "request failed", requestId: "abc", status: 503, code: "P1001", stack: "Error: x\n    at f (a.js:1:1)" });
  });

  it("JSON: fields never overwrite time, level or msg; bigints and errors do not break the line", () => {
    const line = formatLogLine({ time, level: "info", msg: "m", fields: { level: "spoof", msg: "spoof", n: BigInt(5), e: new TypeError("bad") } }, "json");
    expect(JSON.parse(line)).toEqual({ time: "2026-12-06T10:00:00.000Z", level: "info", msg: "m", n: "5", e: { name: "TypeError", message: "bad" } });
  });

  it("text: time, level and message, then key=value pairs (quoted when needed), then the stack below", () => {
    const line = formatLogLine(
      { time, level: "warn", msg: "shutdown\ncomplete", fields: { how: "grace period over", ms: 10003, path: "/en/explore", stack: "Error: y\n    at g" } },
      "text",
    );
    expect(line).toBe('2026-12-06T10:00:00.000Z WARN shutdown\\ncomplete how="grace period over" ms=10003 path=/en/explore\nError: y\n    at g');
  });

  it("text: an event without a stack is exactly one line", () => {
    expect(formatLogLine({ time, level: "info", msg: "ok" }, "text")).toBe("2026-12-06T10:00:00.000Z INFO ok");
  });
});
