import "server-only";
import type { Resource } from "@/lib/db/generated/client";
import { resourceSchema, updateResourceSchema, RESOURCE_KIND_VALUES, type ResourceValues } from "@/lib/schemas/resource";
import { notesPointingAt } from "./common";
import { statusOf, tableAdapter } from "./table";

export const resourceAdapter = tableAdapter<Resource, ResourceValues>({
  type: "resource",
  schema: resourceSchema,
  updateSchema: updateResourceSchema,
  delegate: (tx) => tx.resource,
  values: (row) => ({
    slug: row.slug, kind: RESOURCE_KIND_VALUES.find((k) => k === row.kind) ?? "site", nameZh: row.nameZh, nameEn: row.nameEn,
    creditZh: row.creditZh, creditEn: row.creditEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn, url: row.url, verified: row.verified,
    verificationNoteZh: row.verificationNoteZh, verificationNoteEn: row.verificationNoteEn, source: row.source, position: row.position,
    status: statusOf(row.status),
  }),
  async referencedBy(tx, id) {
    const links = await tx.useCaseResource.findMany({ where: { resourceId: id }, select: { useCase: { select: { slug: true } } } });
    return [...links.map((l) => `use-case:${l.useCase.slug}`), ...(await notesPointingAt(tx, "resource", id))];
  },
});
