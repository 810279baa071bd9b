import "server-only";
import type { Domain } from "@/lib/db/generated/client";
import { domainSchema, updateDomainSchema, type DomainValues } from "@/lib/schemas/domain";
import { notesPointingAt } from "./common";
import { statusOf, tableAdapter } from "./table";

export const domainAdapter = tableAdapter<Domain, DomainValues>({
  type: "domain",
  schema: domainSchema,
  updateSchema: updateDomainSchema,
  delegate: (tx) => tx.domain,
  values: (row) => ({
    slug: row.slug, nameZh: row.nameZh, nameEn: row.nameEn, aliasesZh: row.aliasesZh, aliasesEn: row.aliasesEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn,
    bodyZh: row.bodyZh, bodyEn: row.bodyEn, editorialZh: row.editorialZh, editorialEn: row.editorialEn, source: row.source, position: row.position, status: statusOf(row.status),
  }),
  async referencedBy(tx, id) {
    const useCases = await tx.useCase.findMany({ where: { domainId: id }, select: { slug: true } });
    return [...useCases.map((u) => `use-case:${u.slug}`), ...(await notesPointingAt(tx, "domain", id))];
  },
});
