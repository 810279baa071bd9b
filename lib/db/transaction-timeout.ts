// Telling "the transaction ran past its time limit (or never got a connection in time)" apart from every other error.
// Such a transaction was rolled back: nothing it wrote is kept. The admin's import maps it to a 503 that says so
// (lib/editing/catalog/import-catalog.ts), never a 500. Pure: it reads the errors the Prisma client throws.

/** Prisma's code for an interactive transaction's API errors (expired, closed, not started in time). */
const TRANSACTION_API_CODE = "P2028";
const TIMEOUT_MESSAGE = /expired transaction|timeout for this transaction|Unable to start a transaction in the given time|Transaction already closed/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** True when `error` says an interactive transaction timed out (and was rolled back) or could not start in time. */
export function isTransactionTimeout(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === "object"; depth++) {
    const like = e as ErrorLike;
    const message = typeof like.message === "string" ? like.message : "";
    if (like.code === TRANSACTION_API_CODE && TIMEOUT_MESSAGE.test(message)) return true;
    if (like.code === undefined && /Transaction API error/i.test(message) && TIMEOUT_MESSAGE.test(message)) return true;
    e = like.cause;
  }
  return false;
}
