// The request id of a log line (issue #21: "one line per failed request with a request id"). A proxy in front may
// send its own `X-Request-Id`; it is kept when it is a plain token (so it can be searched for across both logs), and
// otherwise replaced: the value is client-chosen and goes into every log line of the request. Pure.

export const REQUEST_ID_HEADER = "x-request-id";
const TOKEN = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined, generate: () => string): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && TOKEN.test(value) ? value : generate();
}

/** The code a failed request is logged with: the error's own code (Prisma's P…, pg's SQLSTATE, Node's E…), else its name. */
export function errorCode(error: unknown, depth = 0): string {
  if (error && typeof error === "object") {
    const e = error as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof e.code === "string" && e.code !== "") return e.code;
    if (typeof e.code === "number") return String(e.code);
    if (e.cause && depth < 5) {
      const inner = errorCode(e.cause, depth + 1);
      if (inner !== "Error") return inner;
    }
    if (typeof e.name === "string" && e.name !== "") return e.name;
  }
  return "Error";
}
