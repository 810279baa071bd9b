// The import API's answer to a failure (app/api/admin/import/route.ts): `{ error: { code, message } }` with the
// failure's status. An apply that ran past its transaction's time limit is 503 with code "timeout" (it was rolled
// back: nothing was changed), an unreachable database 503 "unavailable"; both carry Retry-After.
import { RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { statusOf } from "../guarded";
import type { Failure } from "../types";

export function importFailureResponse(failure: Failure): Response {
  const code = failure.kind === "unavailable" && failure.reason === "timeout" ? "timeout" : failure.kind;
  const status = statusOf(failure);
  return Response.json(
    { error: { code, message: failure.message } },
    { status, headers: { "Cache-Control": "no-store", ...(status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}) } },
  );
}
