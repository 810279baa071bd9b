// Why each result on the page matched: the snippet of its matching text when there is one; otherwise (a match through
// a name or alias only) the named entities it is linked to.
import type { ExploreResult } from "@/lib/catalog/explore/engine";
import type { Snippet } from "@/lib/search/snippet";
import type { MatchReason } from "./match-snippet";

export function matchReasons(result: Pick<ExploreResult, "items" | "named">, snippets: Record<string, Snippet>): Record<string, MatchReason> {
  const out: Record<string, MatchReason> = {};
  for (const item of result.items) {
    const snippet = snippets[item.slug];
    if (snippet) {
      out[item.slug] = { snippet };
      continue;
    }
    const refs = { domain: [item.domain], technique: item.techniques, mechanism: item.mechanisms, challenge: item.challenges };
    const via = result.named.flatMap(({ facet, slug }) => refs[facet].filter((r) => r.slug === slug).map((r) => r.name.text));
    if (via.length > 0) out[item.slug] = { via };
  }
  return out;
}
