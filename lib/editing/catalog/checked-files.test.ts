import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CatalogFile } from "@/lib/schemas/catalog-file";
import { CHECKED_FILE_TTL_MS, checkedFile, forgetCheckedFile, rememberCheckedFile } from "./checked-files";

const file = (tag: string) => ({ format: "fusion-atlas/catalog", schemaVersion: 1, tag }) as unknown as CatalogFile;

describe("the last checked catalog file", () => {
  beforeEach(() => forgetCheckedFile("a"));

  it("is found by its sha256 within the TTL, and only by it", () => {
    const a = file("a");
    rememberCheckedFile("a", a, 1_000);
    expect(checkedFile("a", 1_000 + CHECKED_FILE_TTL_MS)).toBe(a);
    expect(checkedFile("b", 1_001)).toBeNull();
  });

  it("is gone after the TTL (and when the clock went back)", () => {
    rememberCheckedFile("a", file("a"), 1_000);
    expect(checkedFile("a", 1_001 + CHECKED_FILE_TTL_MS)).toBeNull();
    expect(checkedFile("a", 1_002)).toBeNull();
    rememberCheckedFile("a", file("a"), 5_000);
    expect(checkedFile("a", 4_999)).toBeNull();
  });

  it("keeps the last file only, and forgets it once used", () => {
    rememberCheckedFile("a", file("a"), 1_000);
    rememberCheckedFile("b", file("b"), 1_000);
    expect(checkedFile("a", 1_000)).toBeNull();
    forgetCheckedFile("a");
    expect(checkedFile("b", 1_000)).not.toBeNull();
    forgetCheckedFile("b");
    expect(checkedFile("b", 1_000)).toBeNull();
  });

  describe("when nobody asks again", () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it("is dropped when its TTL ends (a dry run never applied holds nothing for long)", () => {
      rememberCheckedFile("a", file("a"), 1_000);
      vi.advanceTimersByTime(CHECKED_FILE_TTL_MS - 1);
      expect(checkedFile("a", 1_000)).not.toBeNull();
      vi.advanceTimersByTime(1);
      expect(checkedFile("a", 1_000)).toBeNull();
    });

    it("a newer file is not dropped by the older one's timer", () => {
      rememberCheckedFile("a", file("a"), 1_000);
      vi.advanceTimersByTime(CHECKED_FILE_TTL_MS - 10);
      rememberCheckedFile("b", file("b"), 2_000);
      vi.advanceTimersByTime(20);
      expect(checkedFile("b", 2_000)).not.toBeNull();
      forgetCheckedFile("b");
    });
  });
});
