import { isAuthError } from "@/lib/auth/errors";
import { protect } from "@/lib/auth/route-guard";
import { parseEntryPath } from "@/lib/editing/entry-api";
import { entryVersion } from "@/lib/editing/entry-version";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ type: string; id: string }>;
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Editors and admins: the newest saved version of one entry, `{ version, updatedAt, by }` (issue 14). An open form
 * polls it to say "a newer version was saved by X at T" before its editor presses Save. no-store; 401/403; 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { type: typeParam, id: idParam } = await params;
  return protect(request, "editor", async () => {
    const path = parseEntryPath(typeParam, idParam);
    if (!path) return json({ error: { code: "not-found", message: "No such entry." } }, 404);
    try {
      const found = await entryVersion(path.type, path.id);
      return found ? json(found) : json({ error: { code: "not-found", message: "No such entry." } }, 404);
    } catch (error) {
      if (isAuthError(error)) return json({ error: { code: error.code, message: error.message } }, error.status);
      throw error;
    }
  });
}
