// The proof of work in the browser (Web Crypto), the twin of lib/suggestions/pow.ts's solve(). Pure.

function zeroBits(digest: Uint8Array): number {
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

/** Finds a counter whose SHA-256("<challenge>:<counter>") starts with `bits` zero bits; hashes in batches. */
export async function solveInBrowser(challenge: string, bits: number, batch = 512): Promise<number> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += batch) {
    const digests = await Promise.all(
      Array.from({ length: batch }, (_, i) => crypto.subtle.digest("SHA-256", encoder.encode(`${challenge}:${start + i}`))),
    );
    const found = digests.findIndex((d) => zeroBits(new Uint8Array(d)) >= bits);
    if (found >= 0) return start + found;
  }
}
