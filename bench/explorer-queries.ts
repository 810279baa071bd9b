// The bench's fixed query mix (bench/explorer.ts, bench/explorer-pg.ts, bench/explorer-profile.ts): 0, 1 and 3
// filters, each with and without a search term from a fixed zh/en list, alternating locales and sorts.
import { parseExploreQuery, type ExploreQuery } from "../lib/schemas/explore-query";

/** Search terms people type: Chinese words (two characters and longer) and English words, broad and narrow. */
const TERMS = ["医疗", "影像", "route", "风险", "knowledge graph", "推荐", "privacy", "调度", "联邦学习", "forecast", "缺陷检测", "fraud"];

const NO_FILTERS = [""];
const ONE_FILTER = [
  "technique=computer-vision",
  "domain=finance",
  "challenge=data-privacy-security",
  "technique=nlp",
  "mechanism=data-sharing",
  "technique=knowledge-graphs",
  "basis=article",
  "technique=federated-learning",
];
/** Three filter values; two of the combinations put two values in one facet (they combine with OR). */
const THREE_FILTERS = [
  "domain=healthcare&technique=deep-learning&challenge=interpretability",
  "domain=logistics&technique=time-series-forecasting&mechanism=data-sharing",
  "technique=nlp&challenge=ethics-bias&basis=editorial",
  "domain=education&technique=recommender-systems&challenge=data-privacy-security",
  "domain=finance&technique=anomaly-detection&mechanism=algorithm-fusion",
  "technique=computer-vision&mechanism=team-collaboration&challenge=data-privacy-security",
  "domain=healthcare&domain=manufacturing&technique=computer-vision",
  "technique=nlp&technique=speech&domain=education",
];

export interface Kind {
  name: string;
  queries: ExploreQuery[];
}

function parse(search: string): ExploreQuery {
  const parsed = parseExploreQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(`bad bench query ${search}: ${parsed.error.message}`);
  return parsed.query;
}

/** The query mix: every filter set, alternating locales and sorts, with and without a rotating search term. */
export function queryKinds(): Kind[] {
  const kinds: Kind[] = [];
  const groups: Array<[string, string[]]> = [["0 filters", NO_FILTERS], ["1 filter", ONE_FILTER], ["3 filters", THREE_FILTERS]];
  for (const [label, filters] of groups) {
    for (const searching of [false, true]) {
      const queries: ExploreQuery[] = [];
      const variants = Math.max(filters.length, 8);
      for (let i = 0; i < variants; i++) {
        const parts = [filters[i % filters.length]];
        if (searching) parts.push(`q=${encodeURIComponent(TERMS[(i * 5 + label.length) % TERMS.length])}`);
        parts.push(`locale=${i % 2 === 0 ? "en" : "zh"}`);
        if (i % 4 === 3) parts.push("sort=updated");
        if (i % 8 === 5) parts.push("page=2");
        queries.push(parse(parts.filter(Boolean).join("&")));
      }
      kinds.push({ name: `${label}${searching ? " + search" : ""}`, queries });
    }
  }
  return kinds;
}
