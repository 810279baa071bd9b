import { describe, expect, it } from "vitest";
import { createStackDeduper, errorFingerprint, STACK_WINDOW_MS } from "./dedupe";

function boom(message: string): Error {
  return new Error(message);
}

describe("errorFingerprint", () => {
  it("is the same for one error whatever its variable parts (numbers, ids, quoted values)", () => {
    const a = boom("timeout after 1503 ms on \"replica-1\" (id 3f9a2c1b7d)");
    const b = boom("timeout after 98 ms on \"replica-2\" (id 00ff00ff00)");
    // Same throw site: copy a's stack frame to b.
    b.stack = a.stack?.replace(a.message, b.message);
    expect(errorFingerprint(a)).toBe(errorFingerprint(b));
  });

  it("differs by name, code, message or place", () => {
    const base = { name: "Error", message: "connection refused", stack: "Error: connection refused\n    at connect (pg.js:1:1)" };
    const fp = errorFingerprint(base);
    expect(errorFingerprint({ ...base, name: "TypeError" })).not.toBe(fp);
    expect(errorFingerprint({ ...base, code: "ECONNREFUSED" })).not.toBe(fp);
    expect(errorFingerprint({ ...base, message: "connection reset" })).not.toBe(fp);
    expect(errorFingerprint({ ...base, stack: "Error: connection refused\n    at other (x.js:2:2)" })).not.toBe(fp);
  });
});

describe("createStackDeduper", () => {
  it("prints the first of an error, suppresses the rest for a minute, then prints again with the count", () => {
    const d = createStackDeduper();
    expect(d.decide("e1", 0)).toEqual({ print: true, suppressed: 0 });
    expect(d.decide("e1", 1_000)).toEqual({ print: false, suppressed: 1 });
    expect(d.decide("e1", STACK_WINDOW_MS - 1)).toEqual({ print: false, suppressed: 2 });
    expect(d.decide("e1", STACK_WINDOW_MS)).toEqual({ print: true, suppressed: 2 });
    expect(d.decide("e1", STACK_WINDOW_MS + 1)).toEqual({ print: false, suppressed: 1 });
  });

  it("keeps distinct errors apart", () => {
    const d = createStackDeduper();
    expect(d.decide("a", 0).print).toBe(true);
    expect(d.decide("b", 0).print).toBe(true);
    expect(d.decide("a", 10).print).toBe(false);
    expect(d.decide("b", 10).print).toBe(false);
  });

  it("remembers a bounded number of errors, forgetting the least recently printed", () => {
    const d = createStackDeduper({ maxEntries: 2 });
    d.decide("a", 0);
    d.decide("b", 1);
    d.decide("c", 2);
    expect(d.size).toBe(2);
    expect(d.decide("b", 3).print).toBe(false);
    expect(d.decide("a", 4).print).toBe(true); // forgotten, so printed again
  });

  it("155k failing requests in two minutes of one fault print two stacks", () => {
    const d = createStackDeduper();
    let printed = 0;
    for (let i = 0; i < 155_000; i++) if (d.decide("outage", Math.floor((i * 120_000) / 155_000)).print) printed += 1;
    expect(printed).toBe(2);
  });
});
