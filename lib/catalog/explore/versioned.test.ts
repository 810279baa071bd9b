import { describe, expect, it } from "vitest";
import { versioned } from "./versioned";

describe("versioned", () => {
  it("loads once per version and again when the version moves", async () => {
    let version = "1";
    let loads = 0;
    const value = versioned(async () => version, async () => `${version}#${++loads}`);
    expect(await value.get()).toBe("1#1");
    expect(await value.get()).toBe("1#1");
    version = "2";
    expect(await value.get()).toBe("2#2");
    expect(await value.get()).toBe("2#2");
    version = "1";
    // A version seen before is not trusted to mean the same data: only the last one is kept.
    expect(await value.get()).toBe("1#3");
    expect(loads).toBe(3);
  });

  it("shares a load between calls at the same version", async () => {
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const value = versioned(async () => "v", async () => {
      loads++;
      await gate;
      return loads;
    });
    const pending = [value.get(), value.get(), value.get()];
    release();
    expect(await Promise.all(pending)).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it("forgets a failed load", async () => {
    let fail = true;
    const value = versioned(async () => "v", async () => {
      if (fail) throw new Error("read failed");
      return "ok";
    });
    await expect(value.get()).rejects.toThrow("read failed");
    fail = false;
    expect(await value.get()).toBe("ok");
  });
});
