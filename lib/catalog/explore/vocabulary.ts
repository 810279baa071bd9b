// The published entities that can be facet values, with names and summaries in both languages. Plain SQL that
// SQLite and PostgreSQL both accept.
import { num, query, raw, type Dialect, type RawQueryClient } from "./sql";
import type { FacetEntity, Vocabulary } from "./types";
import type { EntityFacet } from "@/lib/schemas/explore-query";
import { parseAliases } from "@/lib/schemas/aliases";

const COLUMNS = `"id", "slug", "nameZh", "nameEn", "summaryZh", "summaryEn", "position", "aliasesZh", "aliasesEn", "source"`;
const PUBLISHED = `"status" = 'published' AND "deletedAt" IS NULL`;

type Row = Omit<FacetEntity, "id" | "position" | "aliasesZh" | "aliasesEn" | "aliases" | "source"> & {
  source: string | null;
  kind: EntityFacet;
  id: unknown;
  position: unknown;
  aliasesZh: string | null;
  aliasesEn: string | null;
};

export async function loadVocabulary(db: RawQueryClient, dialect: Dialect = "sqlite"): Promise<Vocabulary> {
  const rows = await query<Row>(
    db,
    raw(`
      SELECT 'domain' AS kind, ${COLUMNS}, CAST(NULL AS TEXT) AS category FROM "Domain" WHERE ${PUBLISHED}
      UNION ALL SELECT 'technique', ${COLUMNS}, "category" FROM "Technique" WHERE ${PUBLISHED}
      UNION ALL SELECT 'mechanism', ${COLUMNS}, NULL FROM "FusionMechanism" WHERE ${PUBLISHED}
      UNION ALL SELECT 'challenge', ${COLUMNS}, NULL FROM "Challenge" WHERE ${PUBLISHED}`),
    dialect,
  );
  const vocabulary: Vocabulary = { domain: [], technique: [], mechanism: [], challenge: [] };
  for (const r of rows) {
    const aliasesZh = parseAliases(r.aliasesZh);
    const aliasesEn = parseAliases(r.aliasesEn);
    vocabulary[r.kind].push({
      aliasesZh,
      aliasesEn,
      aliases: [...aliasesZh, ...aliasesEn],
      id: num(r.id),
      slug: r.slug,
      nameZh: r.nameZh ?? "",
      nameEn: r.nameEn ?? "",
      summaryZh: r.summaryZh ?? "",
      summaryEn: r.summaryEn ?? "",
      position: num(r.position),
      category: r.category ?? null,
      source: r.source ?? "",
    });
  }
  for (const entities of Object.values(vocabulary)) entities.sort((a, b) => a.position - b.position || a.id - b.id);
  return vocabulary;
}
