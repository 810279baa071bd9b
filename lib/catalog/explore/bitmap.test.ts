import { describe, expect, it } from "vitest";
import { and, andInto, andNot, andNotInto, BitmapArena, CHUNK_BITS, count, countAnd, fromIdList, fromIdListInto, fromIds, has, or, orInto, setChunk, setChunkHex, toIds, wordsFor, extentWords } from "./bitmap";

describe("bitmaps", () => {
  const words = wordsFor(2);

  it("reads stored chunks, including short ones, in SQLite's byte and bit order", () => {
    const b = new Uint32Array(words);
    setChunk(b, 0, Uint8Array.from([0b0000_0101, 0, 0, 0, 0b1000_0000]));
    setChunk(b, 1, Uint8Array.from([0b0000_0010]));
    expect(toIds(b)).toEqual([0, 2, 39, CHUNK_BITS + 1]);
    const c = new Uint32Array(words);
    setChunkHex(c, 1, "0280");
    expect(toIds(c)).toEqual([CHUNK_BITS + 1, CHUNK_BITS + 15]);
  });

  it("sizes a bitmap to the stored bytes, not to whole chunks", () => {
    expect(extentWords(0, 0)).toBe(0);
    expect(extentWords(0, 1)).toBe(1);
    expect(extentWords(0, 4)).toBe(1);
    expect(extentWords(0, 5)).toBe(2);
    expect(extentWords(0, 125)).toBe(32); // 1,000 use cases
    expect(extentWords(3, 212)).toBe(3 * 1024 + 53); // 100,000 use cases: bits up to 3 * 32,768 + 1,695
    expect(extentWords(1, CHUNK_BITS / 8 + 9)).toBe(2048); // never past its chunk
    // The bits of the last byte fit: id 99,999 is chunk 3, byte 211 (its 212th).
    const b = new Uint32Array(extentWords(3, 212));
    setChunkHex(b, 3, "00".repeat(211) + "80");
    expect(toIds(b)).toEqual([3 * CHUNK_BITS + 211 * 8 + 7]);
  });

  it("parses group_concat id lists", () => {
    expect(toIds(fromIdList("3,17,40000,5", words))).toEqual([3, 5, 17, 40000]);
    expect(count(fromIdList(null, words))).toBe(0);
    expect(count(fromIdList("", words))).toBe(0);
  });

  it("intersects, unites and counts", () => {
    const a = fromIds([1, 2, 3, 64, 40000], words);
    const b = fromIds([2, 3, 4, 40000], words);
    expect(toIds(and(a, b))).toEqual([2, 3, 40000]);
    expect(toIds(or(a, b))).toEqual([1, 2, 3, 4, 64, 40000]);
    expect(toIds(andNot(a, b))).toEqual([1, 64]);
    expect(count(a)).toBe(5);
    expect(countAnd(a, b)).toBe(3);
    expect(toIds(a, 2)).toEqual([1, 2]);
  });

  it("counts every bit of a full word", () => {
    const full = new Uint32Array(words).fill(0xffffffff);
    expect(count(full)).toBe(words * 32);
  });

  it("tests membership, out-of-range ids included", () => {
    const a = fromIds([0, 31, 32, 40000], words);
    expect([0, 1, 31, 32, 40000, -1, words * 32 + 5].map((id) => has(a, id))).toEqual([true, false, true, true, true, false, false]);
  });
});

describe("in-place bitmaps and the arena", () => {
  const words = wordsFor(2);

  it("in-place forms equal the allocating ones, also when out is an input", () => {
    const a = fromIds([1, 2, 3, 64, 40000], words);
    const b = fromIds([2, 3, 4, 40000], words);
    expect(toIds(andInto(new Uint32Array(words), a, b))).toEqual(toIds(and(a, b)));
    expect(toIds(orInto(new Uint32Array(words), a, b))).toEqual(toIds(or(a, b)));
    expect(toIds(andNotInto(new Uint32Array(words), a, b))).toEqual(toIds(andNot(a, b)));
    const c = a.slice();
    andInto(c, c, b);
    expect(toIds(c)).toEqual([2, 3, 40000]);
    expect(toIds(fromIdListInto(new Uint32Array(words), "3,17,40000,5"))).toEqual([3, 5, 17, 40000]);
    expect(count(fromIdListInto(new Uint32Array(words), null))).toBe(0);
  });

  it("hands out zeroed, disjoint views; after a reset it has grown to fit and reuses its buffer", () => {
    const arena = new BitmapArena();
    const first = arena.take(words);
    first.fill(0xffffffff); // does not fit yet: a fresh array
    arena.reset();
    expect(arena.capacity).toBeGreaterThanOrEqual(words);
    const x = arena.take(words);
    expect(x.buffer).not.toBe(first.buffer);
    expect(count(x)).toBe(0);
    x.fill(0xffffffff);
    arena.take(words); // over capacity again: fresh
    arena.reset();
    const y = arena.take(words);
    const z = arena.take(words);
    expect(count(y) + count(z)).toBe(0); // zeroed although x wrote all ones into the same memory
    expect(y.buffer).toBe(z.buffer);
    y.fill(1);
    expect(count(z)).toBe(0); // disjoint
  });
});
