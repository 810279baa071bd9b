// Fixed-size bitsets over use-case ids, for counting facets. (Little-endian byte order is assumed, as on x86 and ARM.) The database keeps one bitmap per facet value (and one of
// visible use cases), in chunks of CHUNK_BITS bits, maintained by triggers; a query reads them and counts here, where
// an AND plus a popcount handles 32 use cases per step.

/** Bits per stored chunk (4 KiB). Bit i of chunk c is use case c * CHUNK_BITS + i, at byte i >> 3, bit i & 7. */
export const CHUNK_BITS = 32_768;

export type Bitmap = Uint32Array;

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error("bitmap.ts assumes a little-endian machine");

export function emptyBitmap(words: number): Bitmap {
  return new Uint32Array(words);
}

/** Words needed to hold `chunks` chunks. */
export function wordsFor(chunks: number): number {
  return (chunks * CHUNK_BITS) / 32;
}

/** Words needed to hold chunk `chunk` stored with `bytes` bytes (and every chunk before it). */
export function extentWords(chunk: number, bytes: number): number {
  return chunk * (CHUNK_BITS / 32) + Math.ceil(Math.min(bytes, CHUNK_BITS / 8) / 4);
}

/**
 * Writes a chunk, given as hex of its bytes (possibly fewer than a full chunk), into a bitmap. Bit i of the chunk is
 * byte i >> 3, bit i & 7, which on a little-endian machine is exactly bit i of the words: the bytes go straight in.
 */
export function setChunkHex(target: Bitmap, chunk: number, hex: string): void {
  const start = chunk * (CHUNK_BITS / 8);
  const bytes = Math.min(hex.length >> 1, CHUNK_BITS / 8, target.byteLength - start);
  if (bytes <= 0) return;
  Buffer.from(target.buffer, target.byteOffset, target.byteLength).write(hex.slice(0, bytes * 2), start, bytes, "hex");
}

/** Same, from bytes. */
export function setChunk(target: Bitmap, chunk: number, data: Uint8Array): void {
  setChunkHex(target, chunk, Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("hex"));
}

export function fromIds(ids: Iterable<number>, words: number): Bitmap {
  const b = emptyBitmap(words);
  for (const id of ids) if (id >= 0 && id < words * 32) b[id >>> 5] |= 1 << (id & 31);
  return b;
}

/** The ids in a comma-separated list (as SQLite's group_concat writes them), as a bitmap. */
export function fromIdList(list: string | null, words: number): Bitmap {
  return fromIdListInto(emptyBitmap(words), list);
}

export function and(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

/** a ∧ ¬b. */
export function andNot(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & ~b[i];
  return out;
}

export function or(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function count(a: Bitmap): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) n += popcount32(a[i]);
  return n;
}

/** |a ∧ b| without building the intersection. */
export function countAnd(a: Bitmap, b: Bitmap): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] & b[i];
    if (x !== 0) n += popcount32(x);
  }
  return n;
}

/** The ids in a bitmap, ascending. */
export function toIds(a: Bitmap, limit = Infinity): number[] {
  const ids: number[] = [];
  for (let w = 0; w < a.length && ids.length < limit; w++) {
    let x = a[w];
    while (x !== 0 && ids.length < limit) {
      const bit = 31 - Math.clz32(x & -x);
      ids.push(w * 32 + bit);
      x &= x - 1;
    }
  }
  return ids;
}

export function has(a: Bitmap, id: number): boolean {
  return id >= 0 && id < a.length * 32 && ((a[id >>> 5] >>> (id & 31)) & 1) === 1;
}

// In-place forms: the result goes into `out` (which may be `a` itself), so a query that reuses its buffers allocates
// nothing proportional to the catalog's size.

/** out = a ∧ b. */
export function andInto(out: Bitmap, a: Bitmap, b: Bitmap): Bitmap {
  for (let i = 0; i < out.length; i++) out[i] = a[i] & b[i];
  return out;
}

/** out = a ∨ b. */
export function orInto(out: Bitmap, a: Bitmap, b: Bitmap): Bitmap {
  for (let i = 0; i < out.length; i++) out[i] = a[i] | b[i];
  return out;
}

/** out = a ∧ ¬b. */
export function andNotInto(out: Bitmap, a: Bitmap, b: Bitmap): Bitmap {
  for (let i = 0; i < out.length; i++) out[i] = a[i] & ~b[i];
  return out;
}

/** fromIdList into a zeroed bitmap. */
export function fromIdListInto(out: Bitmap, list: string | null): Bitmap {
  if (!list) return out;
  const limit = out.length * 32;
  let id = 0;
  let inNumber = false;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 44;
    if (c >= 48 && c <= 57) {
      id = id * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber && id < limit) out[id >>> 5] |= 1 << (id & 31);
      id = 0;
      inNumber = false;
    }
  }
  return out;
}

/**
 * Bitmaps for one query, carved out of one reusable buffer: `take` hands out zeroed views, `reset` frees them all at
 * once (and grows the buffer if the last query wanted more than it had, so the next one fits). A backend keeps a few
 * and gives each running query its own, so a query's bitmaps cost no allocation once the buffer has grown to fit.
 * Nothing is kept between queries: every query reads and fills its bitmaps afresh.
 */
export class BitmapArena {
  private buffer = new Uint32Array(0);
  private used = 0;
  private wanted = 0;

  take(words: number): Bitmap {
    this.wanted += words;
    if (this.used + words > this.buffer.length) return new Uint32Array(words);
    const view = this.buffer.subarray(this.used, this.used + words);
    this.used += words;
    view.fill(0);
    return view;
  }

  reset(): void {
    if (this.wanted > this.buffer.length) this.buffer = new Uint32Array(Math.ceil(this.wanted * 1.25));
    this.used = 0;
    this.wanted = 0;
  }

  /** Words the buffer holds (for tests). */
  get capacity(): number {
    return this.buffer.length;
  }
}
