import { describe, expect, it, vi } from "vitest";
import { done, maxInFlight, turn, type Limiter } from "./loopback-render";

describe("loopback renders in flight", () => {
  it("lets `max` run at once and the others in, first come first served, as places are given back", async () => {
    const l: Limiter = { max: 2, running: 0, waiting: [] };
    const order: string[] = [];
    const enter = (name: string) => turn(l).then(() => order.push(name));
    const all = [enter("a"), enter("b"), enter("c"), enter("d")];
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(["a", "b"]);
    expect(l.running).toBe(2);
    done(l);
    await Promise.resolve();
    expect(order).toEqual(["a", "b", "c"]);
    done(l);
    done(l);
    await Promise.all(all);
    expect(order).toEqual(["a", "b", "c", "d"]);
    expect(l.running).toBe(1);
    done(l);
    expect(l.running).toBe(0);
    expect(l.waiting).toHaveLength(0);
  });

  it("reads LOOPBACK_RENDERS_MAX as a whole number of at least 1, else the default of 8 (with a warning when set)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(maxInFlight(undefined)).toBe(8);
    expect(maxInFlight("")).toBe(8);
    expect(maxInFlight("3")).toBe(3);
    expect(warn).not.toHaveBeenCalled();
    for (const bad of ["0", "-1", "2.5", "eight", "Infinity"]) expect(maxInFlight(bad)).toBe(8);
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});
