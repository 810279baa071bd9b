import { describe, expect, it, vi } from "vitest";
import { createLimiter, done, maxInFlight, turn } from "./loopback-render";

describe("loopback renders in flight", () => {
  it("lets `max` run at once and the others in, first come first served, as places are given back", async () => {
    const l = createLimiter(2);
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

  it("refuses a render when 4 × max already wait, and gives up a wait after its deadline (the store then renders in place)", async () => {
    vi.useFakeTimers();
    try {
      const l = createLimiter(1, 1_000);
      await turn(l); // the one in flight
      const waits = Array.from({ length: 4 }, () => turn(l));
      const outcomes = waits.map((wait) => wait.then(() => "in", (error: Error) => error.message));
      await expect(turn(l)).rejects.toThrow(/4 loopback renders are waiting/);
      expect(l.waiting).toHaveLength(4);
      done(l); // the first waiter's turn
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await Promise.all(outcomes)).toEqual(["in", ...Array(3).fill("a loopback render waited 1000 ms for its turn")]);
      expect(l.waiting).toHaveLength(0);
      expect(l.running).toBe(1);
      done(l);
      expect(l.running).toBe(0);
      // A place given back after the others gave up goes to the next newcomer at once.
      await turn(l);
      expect(l.running).toBe(1);
    } finally {
      vi.useRealTimers();
    }
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
