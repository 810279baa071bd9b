import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

/** One entry an editor can pick in a relation field. */
export interface RelationOption {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  status: string;
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
const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

/** Everything a relation field can point at (drafts included, trash excluded). */
export async function relationOptions(): Promise<RelationOptions> {
  await requireEditor();
  const live = { deletedAt: null };
  const [domain, technique, mechanism, challenge, resource, useCases] = await Promise.all([
    db.domain.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.technique.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.fusionMechanism.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.challenge.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.resource.findMany({ where: live, select: NAMED, orderBy: ORDER }),
    db.useCase.findMany({ where: live, select: { id: true, slug: true, titleZh: true, titleEn: true, status: true }, orderBy: ORDER }),
  ]);
  return {
    domain,
    technique,
    mechanism,
    challenge,
    resource,
    "use-case": useCases.map((u) => ({ id: u.id, slug: u.slug, nameZh: u.titleZh, nameEn: u.titleEn, status: u.status })),
  };
}
