import "server-only";
import type { FieldErrors } from "@/lib/schemas/common";
import { updateUseCaseSchema, useCaseSchema, type UseCaseValues } from "@/lib/schemas/use-case";
import type { EntityAdapter, Entry, Tx } from "../adapter";
import { omit } from "../omit";
import { notesPointingAt, ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

const INCLUDE = {
  techniques: { select: { techniqueId: true, basis: true }, orderBy: { techniqueId: "asc" as const } },
  mechanisms: { select: { mechanismId: true, basis: true }, orderBy: { mechanismId: "asc" as const } },
  challenges: { select: { challengeId: true, basis: true }, orderBy: { challengeId: "asc" as const } },
  resources: { select: { resourceId: true, basis: true }, orderBy: { resourceId: "asc" as const } },
};

type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

function loadRow(tx: Tx, id: number) {
  return tx.useCase.findUnique({ where: { id }, include: INCLUDE });
}

function basis(value: string): "article" | "editorial" {
  return value === "article" ? "article" : "editorial";
}

function toEntry(row: Row): Entry<UseCaseValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug, domainId: row.domainId, titleZh: row.titleZh, titleEn: row.titleEn,
      summaryZh: row.summaryZh, summaryEn: row.summaryEn, bodyZh: row.bodyZh, bodyEn: row.bodyEn, editorialZh: row.editorialZh, editorialEn: row.editorialEn,
      basis: basis(row.basis), source: row.source, externalUrl: row.externalUrl, position: row.position,
      status: row.status === "published" ? "published" : "draft",
      techniques: row.techniques.map((l) => ({ id: l.techniqueId, basis: basis(l.basis) })),
      mechanisms: row.mechanisms.map((l) => ({ id: l.mechanismId, basis: basis(l.basis) })),
      challenges: row.challenges.map((l) => ({ id: l.challengeId, basis: basis(l.basis) })),
      resources: row.resources.map((l) => ({ id: l.resourceId, basis: basis(l.basis) })),
    },
  };
}

function scalars(values: UseCaseValues) {
  return omit(values, ["techniques", "mechanisms", "challenges", "resources"]);
}

/** Replaces the link rows with the form's lists (inside the caller's transaction). */
async function writeLinks(tx: Tx, useCaseId: number, values: UseCaseValues): Promise<void> {
  await tx.useCaseTechnique.deleteMany({ where: { useCaseId } });
  await tx.useCaseMechanism.deleteMany({ where: { useCaseId } });
  await tx.useCaseChallenge.deleteMany({ where: { useCaseId } });
  await tx.useCaseResource.deleteMany({ where: { useCaseId } });
  if (values.techniques.length > 0) await tx.useCaseTechnique.createMany({ data: values.techniques.map((l) => ({ useCaseId, techniqueId: l.id, basis: l.basis })) });
  if (values.mechanisms.length > 0) await tx.useCaseMechanism.createMany({ data: values.mechanisms.map((l) => ({ useCaseId, mechanismId: l.id, basis: l.basis })) });
  if (values.challenges.length > 0) await tx.useCaseChallenge.createMany({ data: values.challenges.map((l) => ({ useCaseId, challengeId: l.id, basis: l.basis })) });
  if (values.resources.length > 0) await tx.useCaseResource.createMany({ data: values.resources.map((l) => ({ useCaseId, resourceId: l.id, basis: l.basis })) });
}

async function missing(ids: number[], found: (ids: number[]) => Promise<Array<{ id: number }>>): Promise<boolean> {
  if (ids.length === 0) return false;
  const rows = await found(ids);
  return rows.length !== new Set(ids).size;
}

export const useCaseAdapter: EntityAdapter<UseCaseValues> = {
  type: "use-case",
  schema: useCaseSchema,
  updateSchema: updateUseCaseSchema,
  async load(tx, id) {
    const row = await loadRow(tx, id);
    return row ? toEntry(row) : null;
  },
  async loadMany(tx, ids) {
    return ids.length === 0 ? [] : (await tx.useCase.findMany({ where: { id: { in: ids } }, include: INCLUDE })).map(toEntry);
  },
  async list(tx, deleted) {
    return (await tx.useCase.findMany({ where: trashFilter(deleted), orderBy: ORDER, include: INCLUDE })).map(toEntry);
  },
  async create(tx, values, now) {
    const row = await tx.useCase.create({
      data: { ...scalars(values), createdAt: now, updatedAt: now, publishedAt: values.status === "published" ? now : null },
    });
    await writeLinks(tx, row.id, values);
    return row.id;
  },
  async update(tx, id, version, values, now) {
    const result = await tx.useCase.updateMany({ where: { id, version, deletedAt: null }, data: { ...scalars(values), version: { increment: 1 }, updatedAt: now } });
    if (result.count !== 1) return false;
    // First publication date: set once, kept through later drafts and re-publications.
    await tx.useCase.updateMany({ where: { id, status: "published", publishedAt: null }, data: { publishedAt: now } });
    await writeLinks(tx, id, values);
    return true;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.useCase.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.useCase.delete({ where: { id } });
  },
  async referencedBy(tx, id) {
    return notesPointingAt(tx, "use-case", id);
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.useCase.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences(tx, values) {
    const errors: FieldErrors = {};
    if (!(await tx.domain.findUnique({ where: { id: values.domainId }, select: { id: true } }))) errors.domainId = ["unknownReference"];
    const ids = (list: Array<{ id: number }>) => list.map((l) => l.id);
    if (await missing(ids(values.techniques), (x) => tx.technique.findMany({ where: { id: { in: x } }, select: { id: true } }))) errors.techniques = ["unknownReference"];
    if (await missing(ids(values.mechanisms), (x) => tx.fusionMechanism.findMany({ where: { id: { in: x } }, select: { id: true } }))) errors.mechanisms = ["unknownReference"];
    if (await missing(ids(values.challenges), (x) => tx.challenge.findMany({ where: { id: { in: x } }, select: { id: true } }))) errors.challenges = ["unknownReference"];
    if (await missing(ids(values.resources), (x) => tx.resource.findMany({ where: { id: { in: x } }, select: { id: true } }))) errors.resources = ["unknownReference"];
    return errors;
  },
};
