import { installedKatexVersion, katexFont } from "@/lib/katex/assets";
import { fontContentType, KATEX_ASSET_CACHE_CONTROL } from "@/lib/katex/stylesheet";

// GET /katex/{version}/fonts/{file}: a font that KaTeX's stylesheet names (url(fonts/…) beside /katex/{version}/
// katex.css). Any other name is a 404: nothing else of node_modules is reachable.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string; font: string }> }) {
  const { version, font } = await params;
  const type = fontContentType(font);
  if (!type || version !== (await installedKatexVersion())) return notFound();
  const body = await katexFont(font);
  if (!body) return notFound();
  return new Response(new Uint8Array(body), { headers: { "content-type": type, "cache-control": KATEX_ASSET_CACHE_CONTROL } });
}

function notFound() {
  return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
