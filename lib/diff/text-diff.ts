// Word-level text diff (Myers' O(ND) algorithm) for the history page. Chinese has no spaces, so each CJK character
// is its own token; Latin words, numbers, whitespace runs and punctuation are tokens too.

export type SegmentOp = "equal" | "insert" | "delete";
export interface TextSegment {
  op: SegmentOp;
  text: string;
}

/** Past this many edits the diff says "replaced" instead of spending time and memory (O(D²)) on a minimal script. */
const MAX_EDITS = 4_000;
/** Past this many tokens a side is compared line by line. */
const MAX_TOKENS = 40_000;

const TOKEN = /[\p{L}\p{N}_]+|\s+|./gsu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (CJK.test(token) && token.length > 1) out.push(...token);
    else out.push(token);
  }
  return out;
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function diffText(before: string, after: string): TextSegment[] {
  if (before === after) return before === "" ? [] : [{ op: "equal", text: before }];
  let a = tokenize(before);
  let b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    a = lines(before);
    b = lines(after);
  }
  const ops = myers(a, b) ?? [
    ...a.map((t) => ["delete", t] as const),
    ...b.map((t) => ["insert", t] as const),
  ];
  return merge(ops);
}

type Op = readonly [SegmentOp, string];

function merge(ops: readonly Op[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const [op, text] of ops) {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  }
  return out;
}

/** The shortest edit script from a to b, or null when it needs more than MAX_EDITS edits. */
function myers(a: string[], b: string[]): Op[] | null {
  // Common prefix and suffix cost nothing and are the usual case (a small edit in a long text).
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head: Op[] = a.slice(0, start).map((t) => ["equal", t] as const);
  const tail: Op[] = a.slice(endA).map((t) => ["equal", t] as const);
  const middle = core(a.slice(start, endA), b.slice(start, endB));
  return middle === null ? null : [...head, ...middle, ...tail];
}

function core(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((t) => ["insert", t] as const);
  if (m === 0) return a.map((t) => ["delete", t] as const);
  const maxD = Math.min(n + m, MAX_EDITS);
  const off = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  // trace[d] holds V for k in [-d, d] at index k + d, as it stood after step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[k - 1 + off] as number) < (v[k + 1 + off] as number)) ? (v[k + 1 + off] as number) : (v[k - 1 + off] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[k + off] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(off - d, off + d + 1));
        return backtrack(trace, a, b);
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d -= 1) {
    const prev = trace[d - 1] as Int32Array;
    const at = (k: number) => prev[k + d - 1] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(["equal", a[x - 1] as string]);
      x -= 1;
      y -= 1;
    }
    if (x === prevX) {
      ops.push(["insert", b[y - 1] as string]);
      y -= 1;
    } else {
      ops.push(["delete", a[x - 1] as string]);
      x -= 1;
    }
  }
  while (x > 0 && y > 0) {
    ops.push(["equal", a[x - 1] as string]);
    x -= 1;
    y -= 1;
  }
  return ops.reverse();
}
