/**
 * Seeded pseudo-random numbers (mulberry32) that give identical sequences in
 * every JavaScript engine: browser, Web Worker and Node.
 *
 * mulberry32 has a 32-bit state, which is plenty for demo datasets of at most
 * 10,000 points. All arithmetic uses Math.imul and unsigned shifts, so the
 * sequence is exactly reproducible.
 */

export interface Rng {
  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform in [0, 1) with 32 bits of resolution. */
  uniform(): number;
  /** Uniform in [min, max). */
  uniformRange(min: number, max: number): number;
  /** Standard normal N(0, 1) via Box–Muller (the spare value is cached). */
  normal(): number;
  /** Integer uniform in [0, n). n must be a positive integer. */
  int(n: number): number;
}

/** Coerce any number to a 32-bit unsigned seed (non-finite → 0). */
export function toSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

/** MurmurHash3 finaliser: a good 32-bit integer mix. */
function fmix32(h0: number): number {
  let h = h0 >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Derive an independent seed for a named sub-stream (data, init, shuffle,
 * split...) from one user seed, so one seed drives a whole run while the
 * streams do not overlap.
 */
export function deriveSeed(seed: number, stream: number): number {
  return fmix32((toSeed(seed) ^ Math.imul(toSeed(stream) + 1, 0x9e3779b9)) >>> 0);
}

/** Stream ids used across the library (documented so runs stay reproducible). */
export const STREAM = {
  data: 1,
  init: 2,
  shuffle: 3,
  split: 4,
  outliers: 5,
} as const;

const TWO_POW_32 = 4294967296;

export function createRng(seed: number): Rng {
  let a = toSeed(seed);
  let spare = 0;
  let hasSpare = false;

  const nextUint32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };

  const uniform = (): number => nextUint32() / TWO_POW_32;

  return {
    nextUint32,
    uniform,
    uniformRange(min: number, max: number): number {
      return min + (max - min) * uniform();
    },
    normal(): number {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      const u1 = 1 - uniform(); // (0, 1], so log(u1) is finite
      const u2 = uniform();
      const r = Math.sqrt(-2 * Math.log(u1));
      const theta = 2 * Math.PI * u2;
      spare = r * Math.sin(theta);
      hasSpare = true;
      return r * Math.cos(theta);
    },
    int(n: number): number {
      return Math.floor(uniform() * n);
    },
  };
}

/** Fisher–Yates shuffle in place (uniform over all permutations). */
export function shuffleInPlace(
  arr: { length: number; [i: number]: number },
  rng: Rng,
): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  }
}

/**
 * The same Fisher–Yates shuffle as `shuffleInPlace(arr, createRng(s))`, with the
 * mulberry32 state passed in and returned instead of held in a closure: the
 * trainer's epoch loop keeps the state in a number, so shuffling allocates
 * nothing and calls nothing. `shuffleWithState(a, s)` leaves `a` exactly as
 * `shuffleInPlace(a, createRng(s))` does, and returns the state the rng would
 * then hold.
 */
export function shuffleWithState(arr: Uint32Array, state: number): number {
  if (arr.length > 65_536) return shuffleWideWithState(arr, state);
  // The state is kept as a signed 32-bit integer (`| 0`): the same bits as the unsigned one, and V8 keeps it in a
  // register instead of boxing values above 2^31. It is returned unsigned.
  let a = state | 0;
  // j = floor(r / 2^32 · m) for the 32-bit r and m = i + 1, as rng.int(m) computes it. Up to m = 2^16 it is done in
  // integers: with r = rh·2^16 + rl, floor(r·m / 2^32) = floor((rh·m + floor(rl·m / 2^16)) / 2^16), and every term
  // stays below 2^32 (Math.imul's wrap-around is undone by >>> since the true sum is below 2^32). Exactly equal.
  for (let i = arr.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = t ^ (t >>> 14); // the output's bits; only its two 16-bit halves are read
    const m = i + 1;
    const j = (Math.imul(r >>> 16, m) + (Math.imul(r & 0xffff, m) >>> 16)) >>> 16;
    const tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
  }
  return a >>> 0;
}

/** shuffleWithState for more than 2^16 entries, with rng.int's floating-point product. */
function shuffleWideWithState(arr: Uint32Array, state: number): number {
  let a = state >>> 0;
  for (let i = arr.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = (t ^ (t >>> 14)) >>> 0;
    const j = Math.floor((r / TWO_POW_32) * (i + 1));
    const tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
  }
  return a;
}

/** 0..n-1 in random order. */
export function permutation(n: number, rng: Rng): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  shuffleInPlace(p, rng);
  return p;
}
