// The fusion map's two heatmaps (domain × technique, domain × challenge) and its cross-domain bridges, built from the
// engine's fusion map. The home page shows a compact technique heatmap.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { FusionMapView } from "@/lib/catalog/explore/engine";
import type { RefView } from "@/lib/catalog/explore/present";
import { HeatmapTable, type HeatmapAxisItem } from "./heatmap-table";

function axisText(ref: RefView) {
  return ref.name.fallback ? <span lang={ref.name.lang}>{ref.name.text}</span> : ref.name.text;
}

function explorerHref(pairs: Record<string, string>): string {
  return `/explore?${new URLSearchParams(pairs).toString()}`;
}

function countsBy<K extends "technique" | "challenge">(cells: Array<{ domain: string; count: number } & Record<K, string>>, key: K) {
  const map = new Map<string, number>();
  for (const cell of cells) map.set(`${cell[key]}|${cell.domain}`, cell.count);
  return (row: string, column: string) => map.get(`${row}|${column}`) ?? 0;
}

function domainColumns(map: FusionMapView): HeatmapAxisItem[] {
  return map.domains.map((d) => ({
    slug: d.slug,
    name: d.name.text,
    header: <Link href={`/domains/${d.slug}`}>{axisText(d)}</Link>,
  }));
}

/** Techniques with at least one use case, most used first when `limit` is set (the compact home-page version). */
export async function TechniqueHeatmap({ map, limit, compact = false, caption }: { map: FusionMapView; limit?: number; compact?: boolean; caption?: string }) {
  const t = await getTranslations("fusionMap");
  const count = countsBy(map.techniqueCells, "technique");
  const totals = new Map(map.techniques.map((tech) => [tech.slug, map.domains.reduce((n, d) => n + count(tech.slug, d.slug), 0)]));
  let techniques = map.techniques.filter((tech) => (totals.get(tech.slug) ?? 0) > 0);
  if (limit !== undefined) techniques = [...techniques].sort((a, b) => (totals.get(b.slug) ?? 0) - (totals.get(a.slug) ?? 0)).slice(0, limit);
  return (
    <HeatmapTable
      id={compact ? "home-technique-heatmap" : "technique-heatmap"}
      caption={caption ?? t("techniqueCaption")}
      corner={t("techniqueColumn")}
      compact={compact}
      rows={techniques.map((tech) => ({ slug: tech.slug, name: tech.name.text, header: <Link href={`/techniques/${tech.slug}`}>{axisText(tech)}</Link> }))}
      columns={domainColumns(map)}
      count={count}
      href={(technique, domain) => explorerHref({ domain, technique })}
      label={(row, column, n) => t("cellTechnique", { count: n, domain: column.name, technique: row.name })}
    />
  );
}

export async function ChallengeHeatmap({ map }: { map: FusionMapView }) {
  const t = await getTranslations("fusionMap");
  return (
    <HeatmapTable
      id="challenge-heatmap"
      caption={t("challengeCaption")}
      corner={t("challengeColumn")}
      rows={map.challenges.map((c) => ({ slug: c.slug, name: c.name.text, header: axisText(c) }))}
      columns={domainColumns(map)}
      count={countsBy(map.challengeCells, "challenge")}
      href={(challenge, domain) => explorerHref({ domain, challenge })}
      label={(row, column, n) => t("cellChallenge", { count: n, domain: column.name, challenge: row.name })}
    />
  );
}

/** Techniques used in two or more domains, with the domains they connect (most connected first). */
export function bridges(map: FusionMapView) {
  const count = countsBy(map.techniqueCells, "technique");
  return map.techniques
    .map((technique, position) => ({
      technique,
      position,
      domains: map.domains.map((d) => ({ domain: d, count: count(technique.slug, d.slug) })).filter((x) => x.count > 0),
    }))
    .filter((b) => b.domains.length >= 2)
    .sort((a, b) => b.domains.length - a.domains.length || a.position - b.position);
}

export async function Bridges({ map }: { map: FusionMapView }) {
  const t = await getTranslations("fusionMap");
  const list = bridges(map);
  if (list.length === 0) return <p>{t("noBridges")}</p>;
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
                  href={explorerHref({ domain: domain.slug, technique: technique.slug })}
                  aria-label={t("cellTechnique", { count, domain: domain.name.text, technique: technique.name.text })}
                >
                  {axisText(domain)} ({count})
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function unusedTechniques(map: FusionMapView): string[] {
  const used = new Set(map.techniqueCells.filter((c) => c.count > 0).map((c) => c.technique));
  return map.techniques.filter((t) => !used.has(t.slug)).map((t) => t.name.text);
}
