import { katexStylesheet, installedKatexVersion } from "@/lib/katex/assets";
import { KATEX_ASSET_CACHE_CONTROL } from "@/lib/katex/stylesheet";

// GET /katex/{version}/katex.css: KaTeX's stylesheet (fonts swapped in), for pages whose content has maths
// (components/katex-stylesheet.tsx). The version is the installed KaTeX's, so the answer can be cached forever.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  if (version !== (await installedKatexVersion())) return notFound(`No KaTeX ${version} here.`);
  return new Response(await katexStylesheet(), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": KATEX_ASSET_CACHE_CONTROL },
  });
}

function notFound(message: string) {
  return new Response(message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
