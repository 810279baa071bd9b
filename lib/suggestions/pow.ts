// The suggestion form's proof of work and its signed opening time (issue 15, abuse). Pure apart from node:crypto.
//
// When the form is rendered the server issues a challenge "v1.<issuedAtMs>.<bits>.<nonce>" and signs it with an
// HMAC. The browser finds a counter such that SHA-256("<challenge>:<counter>") starts with `bits` zero bits (a few
// hundred milliseconds at the default difficulty) and sends challenge, signature and counter with the form. The
// server checks, cheaply: the signature (nobody else can choose the time or the difficulty), the time since the
// form was opened (at least a minimum, at most a day), and one hash. A challenge is good for one stored suggestion:
// lib/suggestions/spent-challenges.ts remembers spent ones (by challengeKey) until challengeExpiresAt.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export interface Challenge {
  challenge: string;
  signature: string;
  bits: number;
}

export type PowCheck =
  | { ok: true }
  | { ok: false; reason: "invalid" | "tooFast" | "expired" | "work" ; waitSeconds?: number };

export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

function sign(secret: string, challenge: string): string {
  return createHmac("sha256", secret).update(`suggest-pow:${challenge}`).digest("hex");
}

export function issueChallenge(secret: string, bits: number, now = Date.now()): Challenge {
  const challenge = `v1.${now}.${bits}.${randomBytes(12).toString("hex")}`;
  return { challenge, signature: sign(secret, challenge), bits };
}

/** The number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function workDigest(challenge: string, counter: number): Uint8Array {
  return createHash("sha256").update(`${challenge}:${counter}`).digest();
}

/** Finds a counter for a challenge (the browser does the same with Web Crypto; here for tests and benches). */
export function solve(challenge: string, bits: number): number {
  for (let counter = 0; ; counter++) if (leadingZeroBits(workDigest(challenge, counter)) >= bits) return counter;
}

export function verifyChallenge(
  secret: string,
  input: { challenge: string; signature: string; counter: string | number },
  options: { minAgeMs: number; now?: number; requireWork: boolean },
): PowCheck {
  const now = options.now ?? Date.now();
  const match = /^v1\.(\d{1,15})\.(\d{1,2})\.[0-9a-f]{24}$/.exec(input.challenge);
  if (!match || !/^[0-9a-f]{64}$/.test(input.signature)) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(secret, input.challenge), "hex");
  const given = Buffer.from(input.signature, "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  const issuedAt = Number(match[1]);
  const bits = Number(match[2]);
  const age = now - issuedAt;
  if (age < options.minAgeMs) return { ok: false, reason: "tooFast", waitSeconds: Math.max(1, Math.ceil((options.minAgeMs - age) / 1000)) };
  if (age > MAX_FORM_AGE_MS) return { ok: false, reason: "expired" };
  if (!options.requireWork) return { ok: true };
  const counter = typeof input.counter === "number" ? input.counter : /^\d{1,12}$/.test(input.counter) ? Number(input.counter) : NaN;
  if (!Number.isSafeInteger(counter)) return { ok: false, reason: "work" };
  return leadingZeroBits(workDigest(input.challenge, counter)) >= bits ? { ok: true } : { ok: false, reason: "work" };
}

/** What a spent challenge is remembered by: the SHA-256 of the challenge text (fixed size, whatever was sent). */
export function challengeKey(challenge: string): string {
  return createHash("sha256").update(`suggest-pow:${challenge}`).digest("hex");
}

/** When a challenge stops verifying anyway (issued + MAX_FORM_AGE_MS); null for a text that is no challenge. */
export function challengeExpiresAt(challenge: string): Date | null {
  const match = /^v1\.(\d{1,15})\./.exec(challenge);
  return match ? new Date(Number(match[1]) + MAX_FORM_AGE_MS) : null;
}
