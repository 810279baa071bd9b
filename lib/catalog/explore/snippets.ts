// "Why it matched": for one page of search results, the snippet of each use case's first matching field
// (lib/search/snippet.ts). Reads the eight texts (the editorial paragraphs count as body) of just those use cases; cached with the catalog version.
import "server-only";
import { routedRead } from "@/lib/db/client";
import { matchSnippet, type Snippet } from "@/lib/search/snippet";
import { cachedCatalogRead } from "@/lib/cache/cached";

export async function matchSnippets(slugs: readonly string[], terms: readonly string[], locale: "zh" | "en"): Promise<Record<string, Snippet>> {
  if (slugs.length === 0 || terms.length === 0) return {};
  return cachedCatalogRead(`explore.snippets:${JSON.stringify([slugs, terms, locale])}`, async (version) => {
    const rows = await routedRead(
      (client) =>
        client.useCase.findMany({
          where: { slug: { in: [...slugs] } },
          select: { slug: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, bodyZh: true, bodyEn: true, editorialZh: true, editorialEn: true },
        }),
      { minVersion: version },
    );
    const out: Record<string, Snippet> = {};
    for (const row of rows) {
      const snippet = matchSnippet(row, terms, locale);
      if (snippet) out[row.slug] = snippet;
    }
    return out;
  });
}
