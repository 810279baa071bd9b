// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (sqlite3.c, fts5PorterCb and the
// generated fts5PorterStep* functions), so that code deciding a match in TypeScript (the PostgreSQL backend, the
// highlighter) stems every word the way the SQLite word index does. It works on the token's UTF-8 bytes like the C
// code: bytes other than ASCII letters count as consonants, tokens shorter than 3 or longer than 64 bytes pass through.
// porter.test.ts compares it with FTS5 itself over every word of the seeded catalog.

const MAX_TOKEN = 64;
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;
const Y = 121;

type Buf = number[];

function isVowel(c: number | undefined, yIsVowel: boolean): boolean {
  return c === A || c === E || c === I || c === O || c === U || (yIsVowel && c === Y);
}

/** fts5PorterGobbleVC: the index just past the first vowel-consonant sequence in stem[from, from + n), else 0. */
function gobbleVC(buf: Buf, from: number, n: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = 0;
  for (; i < n; i++) {
    cons = !isVowel(buf[from + i], cons);
    if (!cons) break;
  }
  for (i++; i < n; i++) {
    cons = !isVowel(buf[from + i], cons);
    if (cons) return i + 1;
  }
  return 0;
}

const mGt0 = (buf: Buf, n: number) => gobbleVC(buf, 0, n, false) !== 0;

function mGt1(buf: Buf, n: number): boolean {
  const k = gobbleVC(buf, 0, n, false);
  return k !== 0 && gobbleVC(buf, k, n - k, true) !== 0;
}

function mEq1(buf: Buf, n: number): boolean {
  const k = gobbleVC(buf, 0, n, false);
  return k !== 0 && gobbleVC(buf, k, n - k, true) === 0;
}

function oStar(buf: Buf, n: number): boolean {
  const last = buf[n - 1];
  if (last === 119 /* w */ || last === 120 /* x */ || last === Y) return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(buf[i], cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) | 0;
  }
  return (mask & 0x7) === 0x5;
}

function hasVowel(buf: Buf, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(buf[i], i > 0)) return true;
  return false;
}

const mGt1SorT = (buf: Buf, n: number) => (buf[n - 1] === 115 /* s */ || buf[n - 1] === 116 /* t */) && mGt1(buf, n);

type Cond = (buf: Buf, n: number) => boolean;
/** [suffix, condition on the stem before it, replacement]; within a step, the first suffix that ends the word decides. */
type Rule = readonly [string, Cond, string];

function endsWith(buf: Buf, n: number, suffix: string): boolean {
  if (n <= suffix.length) return false; // The generated C code requires nBuf > length of the suffix.
  for (let i = 0; i < suffix.length; i++) if (buf[n - suffix.length + i] !== suffix.charCodeAt(i)) return false;
  return true;
}

/**
 * One generated step: the rules are grouped by the word's second-to-last byte (the C switch), and within the group the
 * first suffix that matches is the only one considered, whether or not its condition holds.
 */
function applyStep(buf: Buf, n: number, groups: Record<string, readonly Rule[]>): { n: number; applied: boolean } {
  const key = n >= 2 ? String.fromCharCode(buf[n - 2]) : "";
  for (const [suffix, cond, output] of groups[key] ?? []) {
    if (!endsWith(buf, n, suffix)) continue;
    const stem = n - suffix.length;
    if (!cond(buf, stem)) return { n, applied: false };
    for (let i = 0; i < output.length; i++) buf[stem + i] = output.charCodeAt(i);
    return { n: stem + output.length, applied: true };
  }
  return { n, applied: false };
}

const STEP2: Record<string, readonly Rule[]> = {
  a: [["ational", mGt0, "ate"], ["tional", mGt0, "tion"]],
  c: [["enci", mGt0, "ence"], ["anci", mGt0, "ance"]],
  e: [["izer", mGt0, "ize"]],
  g: [["logi", mGt0, "log"]],
  l: [["bli", mGt0, "ble"], ["alli", mGt0, "al"], ["entli", mGt0, "ent"], ["eli", mGt0, "e"], ["ousli", mGt0, "ous"]],
  o: [["ization", mGt0, "ize"], ["ation", mGt0, "ate"], ["ator", mGt0, "ate"]],
  s: [["alism", mGt0, "al"], ["iveness", mGt0, "ive"], ["fulness", mGt0, "ful"], ["ousness", mGt0, "ous"]],
  t: [["aliti", mGt0, "al"], ["iviti", mGt0, "ive"], ["biliti", mGt0, "ble"]],
};

const STEP3: Record<string, readonly Rule[]> = {
  a: [["ical", mGt0, "ic"]],
  s: [["ness", mGt0, ""]],
  t: [["icate", mGt0, "ic"], ["iciti", mGt0, "ic"]],
  u: [["ful", mGt0, ""]],
  v: [["ative", mGt0, ""]],
  z: [["alize", mGt0, "al"]],
};

const STEP4: Record<string, readonly Rule[]> = {
  a: [["al", mGt1, ""]],
  c: [["ance", mGt1, ""], ["ence", mGt1, ""]],
  e: [["er", mGt1, ""]],
  i: [["ic", mGt1, ""]],
  l: [["able", mGt1, ""], ["ible", mGt1, ""]],
  n: [["ant", mGt1, ""], ["ement", mGt1, ""], ["ment", mGt1, ""], ["ent", mGt1, ""]],
  o: [["ion", mGt1SorT, ""], ["ou", mGt1, ""]],
  s: [["ism", mGt1, ""]],
  t: [["ate", mGt1, ""], ["iti", mGt1, ""]],
  u: [["ous", mGt1, ""]],
  v: [["ive", mGt1, ""]],
  z: [["ize", mGt1, ""]],
};

const STEP1B2: Record<string, readonly Rule[]> = {
  a: [["at", () => true, "ate"]],
  b: [["bl", () => true, "ble"]],
  i: [["iz", () => true, "ize"]],
};

function step1A(buf: Buf, n: number): number {
  if (buf[n - 1] !== 115 /* s */) return n;
  if (buf[n - 2] === E) {
    if ((n > 4 && buf[n - 4] === 115 && buf[n - 3] === 115) || (n > 3 && buf[n - 3] === I)) return n - 2;
    return n - 1;
  }
  return buf[n - 2] !== 115 ? n - 1 : n;
}

function step1B(buf: Buf, n: number): { n: number; applied: boolean } {
  const key = n >= 2 ? buf[n - 2] : -1;
  if (key === E) {
    if (endsWith(buf, n, "eed")) {
      if (mGt0(buf, n - 3)) {
        buf[n - 3] = E;
        buf[n - 2] = E;
        return { n: n - 1, applied: false };
      }
      return { n, applied: false };
    }
    if (endsWith(buf, n, "ed")) return hasVowel(buf, n - 2) ? { n: n - 2, applied: true } : { n, applied: false };
  } else if (key === 110 /* n */) {
    if (endsWith(buf, n, "ing")) return hasVowel(buf, n - 3) ? { n: n - 3, applied: true } : { n, applied: false };
  }
  return { n, applied: false };
}

/** The stem of one already case-folded token, as FTS5's porter tokenizer indexes it. */
export function porterStem(token: string): string {
  const bytes = ENCODER.encode(token);
  if (bytes.length > MAX_TOKEN || bytes.length < 3) return token;
  const buf: Buf = [...bytes];
  let n = step1A(buf, bytes.length);
  const b = step1B(buf, n);
  n = b.n;
  if (b.applied) {
    const b2 = applyStep(buf, n, STEP1B2);
    n = b2.n;
    if (!b2.applied) {
      const c = buf[n - 1];
      if (!isVowel(c, false) && c !== 108 /* l */ && c !== 115 /* s */ && c !== 122 /* z */ && c === buf[n - 2]) n--;
      else if (mEq1(buf, n) && oStar(buf, n)) buf[n++] = E;
    }
  }
  if (buf[n - 1] === Y && hasVowel(buf, n - 1)) buf[n - 1] = I;
  n = applyStep(buf, n, STEP2).n;
  n = applyStep(buf, n, STEP3).n;
  n = applyStep(buf, n, STEP4).n;
  if (buf[n - 1] === E && (mGt1(buf, n - 1) || (mEq1(buf, n - 1) && !oStar(buf, n - 1)))) n--;
  if (n > 1 && buf[n - 1] === 108 && buf[n - 2] === 108 && mGt1(buf, n - 1)) n--;
  return DECODER.decode(Uint8Array.from(buf.slice(0, n)));
}
