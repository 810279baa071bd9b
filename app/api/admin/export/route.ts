import { protect } from "@/lib/auth/route-guard";
import { exportCatalog } from "@/lib/editing/catalog/export-catalog";
import { statusOf } from "@/lib/editing/guarded";

export const dynamic = "force-dynamic";

/** Admin only: downloads the whole catalog as schema-versioned JSON. */
export async function GET(request: Request): Promise<Response> {
  return protect(request, "admin", async () => {
    const result = await exportCatalog();
    if (!result.ok) return Response.json({ error: { code: result.kind, message: result.message } }, { status: statusOf(result) });
    return new Response(result.data.text, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${result.data.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
