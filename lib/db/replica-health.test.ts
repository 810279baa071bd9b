import { describe, expect, it } from "vitest";
import { createReplicaHealth } from "./replica-health";
import { createReplicaRouter } from "./replica-router";
import { errorCauses, isDatabaseUnavailable, isRetryableOnce, shortError } from "./unavailable";

describe("replica health", () => {
  it("rotates reads over every healthy replica", () => {
    const h = createReplicaHealth(3);
    expect([h.candidates()[0], h.candidates()[0], h.candidates()[0], h.candidates()[0]]).toEqual([0, 1, 2, 0]);
    expect(h.candidates()).toEqual([1, 2, 0]);
  });

  it("skips a failed replica until a background re-check after the cool-down succeeds", () => {
    const h = createReplicaHealth(2, { cooldownMs: 5_000 });
    h.failed(1, "ECONNREFUSED", 1_000);
    expect(h.snapshot()[1]).toMatchObject({ up: false, downSince: 1_000, lastError: "ECONNREFUSED" });
    for (let k = 0; k < 4; k += 1) expect(h.candidates()).toEqual([0]);
    expect(h.takeDueForRecheck(5_999)).toEqual([]);
    expect(h.takeDueForRecheck(6_000)).toEqual([1]);
    // One probe at a time.
    expect(h.takeDueForRecheck(6_500)).toEqual([]);
    h.probed(1, false, "ECONNREFUSED", 6_600);
    expect(h.candidates()).not.toContain(1);
    expect(h.takeDueForRecheck(11_599)).toEqual([]);
    expect(h.takeDueForRecheck(11_600)).toEqual([1]);
    h.probed(1, true, null, 11_700);
    expect(h.snapshot()[1]).toMatchObject({ up: true, downSince: null });
    expect(new Set([h.candidates()[0], h.candidates()[0]])).toEqual(new Set([0, 1]));
  });

  it("has no candidates when every replica is down, and none at all without replicas", () => {
    const h = createReplicaHealth(2);
    h.failed(0, "x", 0);
    h.failed(1, "x", 0);
    expect(h.candidates()).toEqual([]);
    expect(createReplicaHealth(0).candidates()).toEqual([]);
  });
});

describe("replica router", () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5"), { code: "ECONNREFUSED" });
  type Client = { name: string; fail?: unknown; version?: number };

  function setup(replicas: Client[]) {
    let clock = 0;
    const probes: string[] = [];
    const router = createReplicaRouter<Client>({
      primary: { name: "primary" },
      replicas,
      probe: async (c) => {
        probes.push(c.name);
        if (c.fail) throw c.fail;
      },
      versionOf: async (c) => c.version ?? 0,
      cooldownMs: 1_000,
      now: () => clock,
    });
    const read = (minVersion?: number) =>
      router.read(async (c) => {
        if (c.fail) throw c.fail;
        return c.name;
      }, { minVersion });
    return { router, read, probes, tick: (ms: number) => (clock += ms) };
  }

  it("spreads reads over all healthy replicas", async () => {
    const { read } = setup([{ name: "r1" }, { name: "r2" }]);
    expect([await read(), await read(), await read(), await read()]).toEqual(["r1", "r2", "r1", "r2"]);
  });

  it("sends a failed replica's read to another replica, then to the primary, and skips it afterwards", async () => {
    const r2: Client = { name: "r2", fail: refused };
    const { router, read } = setup([{ name: "r1" }, r2]);
    expect(await read()).toBe("r1");
    expect(await read()).toBe("r1"); // r2 failed: this read went on to r1
    expect(router.health.snapshot()[1]).toMatchObject({ up: false, lastError: "ECONNREFUSED" });
    expect([await read(), await read()]).toEqual(["r1", "r1"]);
    const alone = setup([{ name: "r1", fail: refused }]);
    expect(await alone.read()).toBe("primary");
    expect(await alone.read()).toBe("primary");
  });

  it("re-checks a down replica in the background after the cool-down, and reads return to it", async () => {
    const r1: Client = { name: "r1", fail: refused };
    const { router, read, probes, tick } = setup([r1]);
    expect(await read()).toBe("primary");
    await router.recheck();
    expect(probes).toEqual([]); // still cooling down
    tick(1_000);
    await router.recheck();
    expect(probes).toEqual(["r1"]); // probed, still failing
    r1.fail = undefined;
    tick(1_000);
    expect(await read()).toBe("primary"); // the probe runs beside this read, not in its way
    await router.recheck();
    await new Promise((r) => setTimeout(r, 0));
    expect(await read()).toBe("r1");
  });

  it("uses a replica for a version-bound read only once it has reached that version", async () => {
    const { read } = setup([{ name: "r1", version: 4 }, { name: "r2", version: 5 }]);
    expect(await read(5)).toBe("r2");
    expect(await read(5)).toBe("r2");
    expect(await read(6)).toBe("primary");
    expect(new Set([await read(4), await read(4)])).toEqual(new Set(["r1", "r2"]));
  });

  it("does not hide other errors: a bad query fails on the replica as it would on the primary", async () => {
    const { read, router } = setup([{ name: "r1", fail: new Error("syntax error at or near") }]);
    await expect(read()).rejects.toThrow(/syntax/);
    expect(router.health.snapshot()[0]?.up).toBe(true);
  });
});

describe("availability errors", () => {
  it("recognises refused, reset and starting-up databases in pg, adapter and Prisma shapes", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "h" } })).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03", message: "the database system is starting up" } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation" } })).toBe(false);
    expect(isDatabaseUnavailable(new Error("syntax error"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("retries 57P03 always, a reset only when nothing may have run", () => {
    const startingUp = { cause: { kind: "postgres", code: "57P03" } };
    const reset = { cause: { kind: "ConnectionClosed" } };
    expect(isRetryableOnce(startingUp, false)).toBe(true);
    expect(isRetryableOnce(reset, true)).toBe(true);
    expect(isRetryableOnce(reset, false)).toBe(false);
    expect(isRetryableOnce({ cause: { kind: "DatabaseNotReachable" } }, true)).toBe(false);
  });

  it("summarises an error in one short line without credentials", () => {
    expect(shortError({ cause: { kind: "postgres", code: "57P03" } })).toBe("57P03");
    expect(shortError(new Error("could not reach postgresql://u:secret@h/db\nstack"))).toBe("could not reach postgresql://…");
  });
});

describe("errorCauses", () => {
  it("names every code along the chain, down to the driver's, with its message", () => {
    // The shape Prisma throws for SQLite's SQLITE_BUSY: P1008 carrying the adapter's error, which carries the driver's.
    const busy = Object.assign(new Error("Operation has timed out"), {
      code: "P1008",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: "database is locked" } } },
    });
    expect(errorCauses(busy)).toBe("P1008 · SocketTimeout · SQLITE_BUSY (database is locked)");
    expect(shortError(busy)).toBe("P1008");
  });

  it("keeps PostgreSQL's SQLSTATE, masks connection strings, and falls back to the message", () => {
    expect(errorCauses({ name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03", originalMessage: "at postgresql://u:pw@h/db\nmore" } })).toBe(
      "57P03 (at postgresql://…)",
    );
    expect(errorCauses(new Error("could not reach postgresql://u:secret@h/db"))).toBe("could not reach postgresql://…");
  });
});
