// The fusion map's two heatmaps (domain × technique, domain × challenge), its strongest finding and its
// cross-domain bridges, built from the engine's fusion map. The home page shows a compact technique heatmap.
//
// A map is either of every link ("all") or only of the links the article states ("article", see
// lib/catalog/explore/fusion-basis.ts). The explorer cannot filter on a link's basis, so in the article view a cell
// links to the list of its use cases further down the page instead of to the explorer.
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { FusionBasis, FusionMapView } from "@/lib/catalog/explore/engine";
import type { RefView } from "@/lib/catalog/explore/present";
import { rankRows, rowStats, strongestFinding, type Cell } from "@/lib/fusion-map/story";
import { explorerHref } from "@/lib/links/entity-href";
import { HeatLegend, HeatmapTable, heatmapMax, type HeatmapAxisItem } from "./heatmap-table";

function axisText(ref: RefView) {
  return ref.name.fallback ? <span lang={ref.name.lang}>{ref.name.text}</span> : ref.name.text;
}

function cellsOf(map: FusionMapView, key: "technique" | "challenge"): Cell[] {
  return key === "technique"
    ? map.techniqueCells.map((c) => ({ row: c.technique, column: c.domain, count: c.count }))
    : map.challengeCells.map((c) => ({ row: c.challenge, column: c.domain, count: c.count }));
}

function counter(cells: Cell[]) {
  const map = new Map(cells.map((c) => [`${c.row}|${c.column}`, c.count]));
  return (row: string, column: string) => map.get(`${row}|${column}`) ?? 0;
}

/** A cell's accessible label, with how many of its links the article states when that is known. */
function withSplit(label: string, article: number | undefined, prov: (key: "cellSplit", values: { label: string; article: number }) => string): string {
  return article === undefined ? label : prov("cellSplit", { label, article });
}

/** The in-page anchor of a cell's use-case list in the article view. */
export function statementAnchor(prefix: string, kind: "technique" | "challenge", domain: string, value: string): string {
  return `${prefix}-${kind}-${domain}-${value}`;
}

function domainColumns(map: FusionMapView): HeatmapAxisItem[] {
  return map.domains.map((d) => ({
    slug: d.slug,
    name: d.name.text,
    header: <Link href={`/domains/${d.slug}`}>{axisText(d)}</Link>,
  }));
}

/**
 * In the full view, the map of the article's own links, so each count can say what it is made of: "3 (1)" is three
 * use cases, one of them a link the article states (issue 13).
 */
type ViewProps = { map: FusionMapView; basis?: FusionBasis; idPrefix?: string; articleMap?: FusionMapView };

/**
 * Techniques with at least one use case, ordered by the number of domains they bridge, then by their total; at most
 * `limit` of them (the compact home-page version).
 */
export async function TechniqueHeatmap({ map, limit, compact = false, caption, basis = "all", idPrefix = "fm", articleMap }: ViewProps & { limit?: number; compact?: boolean; caption?: string }) {
  const t = await getTranslations("fusionMap");
  const story = await getTranslations("fusionMapStory");
  const prov = await getTranslations("provenance");
  const article = articleMap ? counter(cellsOf(articleMap, "technique")) : undefined;
  const cells = cellsOf(map, "technique");
  const count = counter(cells);
  const bySlug = new Map(map.techniques.map((tech) => [tech.slug, tech]));
  const ranked = rankRows(map.techniques.map((x) => x.slug), cells);
  const techniques = (limit === undefined ? ranked : ranked.slice(0, limit)).map((r) => bySlug.get(r.slug)!);
  if (techniques.length === 0) return <p>{story("noTechniqueLinks")}</p>;
  const rows = techniques.map((tech) => ({ slug: tech.slug, name: tech.name.text, header: <Link href={`/techniques/${tech.slug}`}>{axisText(tech)}</Link> }));
  const columns = domainColumns(map);
  const id = compact ? "home-technique-heatmap" : `${idPrefix}-technique-heatmap`;
  return (
    <>
      <HeatmapTable
        id={id}
        caption={caption ?? t("techniqueCaption")}
        corner={t("techniqueColumn")}
        compact={compact}
        rows={rows}
        columns={columns}
        count={count}
        scrollHint={story("scrollHint")}
        href={(technique, domain) => (basis === "article" ? `#${statementAnchor(idPrefix, "technique", domain, technique)}` : explorerHref({ domain, technique }))}
        article={article}
        label={(row, column, n) =>
          basis === "article"
            ? story("cellTechniqueArticle", { count: n, domain: column.name, technique: row.name })
            : withSplit(t("cellTechnique", { count: n, domain: column.name, technique: row.name }), article?.(row.slug, column.slug), prov)
        }
      />
      <HeatLegend id={`${id}-scale`} max={heatmapMax(rows, columns, count)} label={story("colourScale")} />
    </>
  );
}

export async function ChallengeHeatmap({ map, basis = "all", idPrefix = "fm", articleMap }: ViewProps) {
  const t = await getTranslations("fusionMap");
  const story = await getTranslations("fusionMapStory");
  const prov = await getTranslations("provenance");
  const article = articleMap ? counter(cellsOf(articleMap, "challenge")) : undefined;
  const cells = cellsOf(map, "challenge");
  const count = counter(cells);
  const bySlug = new Map(map.challenges.map((c) => [c.slug, c]));
  const slugs = map.challenges.map((c) => c.slug);
  const ranked = rankRows(slugs, cells);
  // Challenges no use case faces yet stay listed (as empty rows, last) in the full view: that is a finding too.
  const order = basis === "article" ? ranked : [...ranked, ...rowStats(slugs, cells).filter((r) => r.total === 0)];
  if (order.length === 0) return <p>{story("noChallengeLinks")}</p>;
  const rows = order.map((r) => bySlug.get(r.slug)!).map((c) => ({ slug: c.slug, name: c.name.text, header: <Link href={`/challenges#${c.slug}`}>{axisText(c)}</Link> }));
  const columns = domainColumns(map);
  const id = `${idPrefix}-challenge-heatmap`;
  return (
    <>
      <HeatmapTable
        id={id}
        caption={t("challengeCaption")}
        corner={t("challengeColumn")}
        rows={rows}
        columns={columns}
        count={count}
        scrollHint={story("scrollHint")}
        href={(challenge, domain) => (basis === "article" ? `#${statementAnchor(idPrefix, "challenge", domain, challenge)}` : explorerHref({ domain, challenge }))}
        article={article}
        label={(row, column, n) =>
          basis === "article"
            ? story("cellChallengeArticle", { count: n, domain: column.name, challenge: row.name })
            : withSplit(t("cellChallenge", { count: n, domain: column.name, challenge: row.name }), article?.(row.slug, column.slug), prov)
        }
      />
      <HeatLegend id={`${id}-scale`} max={heatmapMax(rows, columns, count)} label={story("colourScale")} />
    </>
  );
}

/** One computed sentence: the technique that spans the most domains, and the domain that draws on the most techniques. */
export async function FusionFinding({ map, className = "" }: { map: FusionMapView; className?: string }) {
  const story = await getTranslations("fusionMapStory");
  const locale = await getLocale();
  const finding = strongestFinding(map.techniques.map((x) => x.slug), map.domains.map((d) => d.slug), cellsOf(map, "technique"));
  if (!finding.widest || !finding.richest) return <p className={className}>{story("noTechniqueLinks")}</p>;
  const names = (refs: RefView[], slugs: string[]) => {
    const bySlug = new Map(refs.map((r) => [r.slug, r.name.text]));
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(slugs.map((s) => bySlug.get(s) ?? s));
  };
  return (
    <p className={className}>
      {story(finding.widest.spread > 1 ? "finding" : "findingOneDomain", {
        technique: names(map.techniques, finding.widest.slugs),
        techniqueTie: finding.widest.slugs.length > 1 ? "yes" : "no",
        spread: finding.widest.spread,
        columns: finding.columns,
        total: finding.widest.total,
        domain: names(map.domains, finding.richest.slugs),
        domainTie: finding.richest.slugs.length > 1 ? "yes" : "no",
        rows: finding.richest.rows,
      })}
    </p>
  );
}

/** Techniques used in two or more domains, with the domains they connect (most connected first). */
export function bridges(map: FusionMapView) {
  const count = counter(cellsOf(map, "technique"));
  const bySlug = new Map(map.techniques.map((tech) => [tech.slug, tech]));
  return rankRows(map.techniques.map((x) => x.slug), cellsOf(map, "technique"))
    .filter((r) => r.spread >= 2)
    .map((r) => ({
      technique: bySlug.get(r.slug)!,
      domains: map.domains.map((d) => ({ domain: d, count: count(r.slug, d.slug) })).filter((x) => x.count > 0),
    }));
}

export async function Bridges({ map, basis = "all", idPrefix = "fm", articleMap }: ViewProps) {
  const t = await getTranslations("fusionMap");
  const story = await getTranslations("fusionMapStory");
  const prov = await getTranslations("provenance");
  const article = articleMap ? counter(cellsOf(articleMap, "technique")) : undefined;
  const list = bridges(map);
  if (list.length === 0) return <p>{basis === "article" ? story("noBridgesArticle") : t("noBridges")}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {list.map(({ technique, domains }) => (
        <li key={technique.slug} className="card">
          <h3 className="font-semibold">
            <Link href={`/techniques/${technique.slug}`}>{axisText(technique)}</Link>
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("bridgeDomains", { count: domains.length })}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {domains.map(({ domain, count }) => (
              <li key={domain.slug} className="chip">
                <Link
                  href={basis === "article" ? `#${statementAnchor(idPrefix, "technique", domain.slug, technique.slug)}` : explorerHref({ domain: domain.slug, technique: technique.slug })}
                  aria-label={withSplit(t("cellTechnique", { count, domain: domain.name.text, technique: technique.name.text }), article?.(technique.slug, domain.slug), prov)}
                >
                  {axisText(domain)} ({article ? prov("linksSplit", { count, article: article(technique.slug, domain.slug) }) : count})
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The article view's cells, each with the use cases behind it: where its cells link to. */
export async function ArticleStatements({ map, idPrefix }: { map: FusionMapView; idPrefix: string }) {
  const story = await getTranslations("fusionMapStory");
  const names = {
    domain: new Map(map.domains.map((d) => [d.slug, d])),
    technique: new Map(map.techniques.map((x) => [x.slug, x])),
    challenge: new Map(map.challenges.map((x) => [x.slug, x])),
  };
  const entries = (["technique", "challenge"] as const).flatMap((kind) =>
    Object.entries(map.cellUseCases?.[kind] ?? {}).map(([pair, useCases]) => {
      const [domain, value] = pair.split("|");
      return { kind, domain, value, useCases };
    }),
  );
  if (entries.length === 0) return <p>{story("statementsNone")}</p>;
  return (
    <ul className="space-y-2">
      {entries.map(({ kind, domain, value, useCases }) => {
        const d = names.domain.get(domain);
        const v = names[kind].get(value);
        if (!d || !v) return null;
        return (
          <li key={`${kind}-${domain}-${value}`} id={statementAnchor(idPrefix, kind, domain, value)} className="card target:ring-2 target:ring-accent-600 dark:target:ring-accent-300">
            <p className="font-medium">
              {axisText(d)} × {axisText(v)}
            </p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {useCases.map((u) => (
                <li key={u.slug} className="chip">
                  <Link href={`/use-cases/${u.slug}`}>{axisText(u)}</Link>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

export function unusedTechniques(map: FusionMapView): string[] {
  const used = new Set(map.techniqueCells.filter((c) => c.count > 0).map((c) => c.technique));
  return map.techniques.filter((t) => !used.has(t.slug)).map((t) => t.name.text);
}

/** Sum of a map's domain × technique counts (use-case links to techniques). */
export function techniqueLinkTotal(map: FusionMapView): number {
  return map.techniqueCells.reduce((n, c) => n + c.count, 0);
}
