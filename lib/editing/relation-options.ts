import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { parseAliases } from "@/lib/schemas/aliases";

/** One entry an editor can pick in a relation field. */
export interface RelationOption {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  status: string;
  /** Other names (both languages), so that a picker finds the entry by them too. */
  aliases?: string[];
}

export interface RelationOptions {
  domain: RelationOption[];
  technique: RelationOption[];
  mechanism: RelationOption[];
  challenge: RelationOption[];
  resource: RelationOption[];
  "use-case": RelationOption[];
}

const NAMED = { id: true, slug: true, nameZh: true, nameEn: true, status: true } as const;
const ALIASED = { ...NAMED, aliasesZh: true, aliasesEn: true } as const;

function withAliases({ aliasesZh, aliasesEn, ...rest }: RelationOption & { aliasesZh: string; aliasesEn: string }): RelationOption {
  const aliases = [...parseAliases(aliasesZh), ...parseAliases(aliasesEn)];
  return aliases.length > 0 ? { ...rest, aliases } : rest;
}
const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

/** Everything a relation field can point at (drafts included, trash excluded). */
export async function relationOptions(): Promise<RelationOptions> {
  await requireEditor();
  const live = { deletedAt: null };
  const [domain, technique, mechanism, challenge, resource, useCases] = await Promise.all([
    db.domain.findMany({ where: live, select: ALIASED, orderBy: ORDER }),
    db.technique.findMany({ where: live, select: ALIASED, orderBy: ORDER }),
    db.fusionMechanism.findMany({ where: live, select: ALIASED, orderBy: ORDER }),
    db.challenge.findMany({ where: live, select: ALIASED, orderBy: ORDER }),
    db.resource.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.useCase.findMany({ where: live, select: { id: true, slug: true, titleZh: true, titleEn: true, status: true }, orderBy: ORDER }),
  ]);
  return {
    domain: domain.map(withAliases),
    technique: technique.map(withAliases),
    mechanism: mechanism.map(withAliases),
    challenge: challenge.map(withAliases),
    resource,
    "use-case": useCases.map((u) => ({ id: u.id, slug: u.slug, nameZh: u.titleZh, nameEn: u.titleEn, status: u.status })),
  };
}
