import "server-only";
import type { Technique } from "@/lib/db/generated/client";
import { techniqueSchema, updateTechniqueSchema, TECHNIQUE_CATEGORY_VALUES, type TechniqueValues } from "@/lib/schemas/technique";
import { notesPointingAt } from "./common";
import { statusOf, tableAdapter } from "./table";

export const techniqueAdapter = tableAdapter<Technique, TechniqueValues>({
  type: "technique",
  schema: techniqueSchema,
  updateSchema: updateTechniqueSchema,
  delegate: (tx) => tx.technique,
  values: (row) => ({
    slug: row.slug, category: TECHNIQUE_CATEGORY_VALUES.find((c) => c === row.category) ?? "general", nameZh: row.nameZh, nameEn: row.nameEn,
    aliasesZh: row.aliasesZh, aliasesEn: row.aliasesEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn, bodyZh: row.bodyZh, bodyEn: row.bodyEn, editorialZh: row.editorialZh, editorialEn: row.editorialEn,
    formula: row.formula, source: row.source, position: row.position, status: statusOf(row.status),
  }),
  async referencedBy(tx, id) {
    const links = await tx.useCaseTechnique.findMany({ where: { techniqueId: id }, select: { useCase: { select: { slug: true } } } });
    return [...links.map((l) => `use-case:${l.useCase.slug}`), ...(await notesPointingAt(tx, "technique", id))];
  },
});
