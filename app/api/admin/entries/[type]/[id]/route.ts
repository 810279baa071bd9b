import { isAuthError } from "@/lib/auth/errors";
import { RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { protect, readLimited } from "@/lib/auth/route-guard";
import { MAX_ENTRY_BODY_BYTES, parseEntryPath, parseSaveBody } from "@/lib/editing/entry-api";
import { getEntry } from "@/lib/editing/get-entry";
import { statusOf } from "@/lib/editing/guarded";
import type { Failure } from "@/lib/editing/types";
import { updateEntry } from "@/lib/editing/update-entry";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ type: string; id: string }>;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

const noSuchEntry = () => json({ error: { code: "not-found", message: "No such entry." } }, 404);

/** A failed operation as a response; field errors are a 422, so that they stand apart from an unreadable body. */
function failure(result: Failure): Response {
  const status = result.kind === "invalid" ? 422 : statusOf(result);
  const extra = result.kind === "invalid" ? { fieldErrors: result.fieldErrors } : result.kind === "conflict"
      ? { current: result.current, ...(result.conflicts ? { conflicts: result.conflicts, baseVersion: result.baseVersion, merged: result.merged } : {}) }
      : {};
  return json({ error: { code: result.kind, message: result.message, ...extra } }, status, status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {});
}

/**
 * Editors and admins: one entry's current values and version, e.g. GET /api/admin/entries/use-cases/12 (the admin
 * URL segment, or the entity type). The version goes back with the next PUT.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { type: typeParam, id: idParam } = await params;
  return protect(request, "editor", async () => {
    const path = parseEntryPath(typeParam, idParam);
    if (!path) return noSuchEntry();
    try {
      const entry = await getEntry(path.type, path.id);
      return entry ? json({ type: path.type, ...entry }) : noSuchEntry();
    } catch (error) {
      // The session ended between the route's guard and the read's own: still a 401/403.
      if (isAuthError(error)) return json({ error: { code: error.code, message: error.message } }, error.status);
      throw error;
    }
  });
}

/**
 * Editors and admins: saves an entry, with the same operation as the editor's form (lib/editing/update-entry:
 * guard, the entity's zod schema, update WHERE id AND version, revision and audit in one transaction).
 * Body `{ "version": n, "values": { …every field of the entry } }`. 200 `{ id, version }`; when someone saved since
 * version n and the edits touch different fields, the save merges: 200 `{ id, version, merged: { withVersion, by,
 * kept, values } }` (kept: their fields the merge kept; values: the entry as saved). 409 conflict when a field was changed differently on both sides,
 * with `conflicts: [{ field, base, theirs, yours }]`, `baseVersion` and `merged` (the merge of the rest, with your
 * value in each conflicting field; nothing written); 422 field errors; 400/413/415 for a body that cannot be read;
 * 401/403; 404.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { type: typeParam, id: idParam } = await params;
  return protect(request, "editor", async () => {
    const path = parseEntryPath(typeParam, idParam);
    if (!path) return noSuchEntry();
    const text = await readLimited(request, MAX_ENTRY_BODY_BYTES);
    if (text instanceof Response) return text;
    const parsed = parseSaveBody(request.headers.get("content-type"), text, path.id);
    if (!parsed.ok) return json({ error: { code: parsed.code, message: parsed.message } }, parsed.status);
    const result = await updateEntry(path.type, parsed.input);
    return result.ok ? json(result.data) : failure(result);
  });
}
