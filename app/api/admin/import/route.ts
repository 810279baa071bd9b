import { protect, readLimited } from "@/lib/auth/route-guard";
import { importCatalog } from "@/lib/editing/catalog/import-catalog";
import { importFailureResponse } from "@/lib/editing/catalog/import-failure-response";
import { MAX_CATALOG_BYTES } from "@/lib/schemas/catalog-file";

export const dynamic = "force-dynamic";

/**
 * Admin only. The body is a catalog file. `?mode=dry-run` (default) reports what would happen; `?mode=apply`
 * imports it in one transaction, and with `&sha256=` only if the file is the one the dry run checked.
 * Bodies over MAX_CATALOG_BYTES (4 MB) get 413, declared or not (chunked).
 */
export async function POST(request: Request): Promise<Response> {
  return protect(request, "admin", async () => {
    const url = new URL(request.url);
    const mode = url.searchParams.get("mode") === "apply" ? "apply" : "dry-run";
    const sha256 = url.searchParams.get("sha256") ?? undefined;
    const body = await readLimited(request, MAX_CATALOG_BYTES);
    if (body instanceof Response) return body;
    const result = await importCatalog(body, mode, sha256);
    if (!result.ok) return importFailureResponse(result);
    return Response.json(result.data, { status: result.data.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
  });
}
