import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { COLLECTION_OF, COLLECTIONS, COLLECTION_SPECS, type CatalogFile, type CollectionName, type NoteItem, type UseCaseItem } from "@/lib/schemas/catalog-file";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { Tx } from "../adapter";
import { commitCatalogChange, type CommitOptions, type Written } from "../commit-change";
import type { Author } from "../revisions";
import { withAdapter } from "../adapter-registry";
import { tableOf } from "@/lib/db/table-access";
import { omit } from "../omit";
import { planImport, type ImportPlan } from "./plan";
import { readCatalog } from "./read-catalog";

const date = (s: string) => new Date(s);
const dateOrNull = (s: string | null) => (s === null ? null : new Date(s));

type Meta = { version: number; createdAt: string; updatedAt: string; deletedAt: string | null };

/** Create: the file's bookkeeping verbatim (so a round trip is exact). Update: a new version, now. */
function bookkeeping(item: Meta, existing: { version: number } | null, now: Date) {
  return existing
    ? { version: existing.version + 1, updatedAt: now, deletedAt: dateOrNull(item.deletedAt) }
    : { version: item.version, createdAt: date(item.createdAt), updatedAt: date(item.updatedAt), deletedAt: dateOrNull(item.deletedAt) };
}

function content<T extends Meta>(item: T): Omit<T, keyof Meta> {
  return omit(item, ["version", "createdAt", "updatedAt", "deletedAt"]);
}

/**
 * Lets the event loop run. Prisma's SQLite queries complete synchronously, so a loop of thousands of them would hold
 * the event loop (and every public request) for the whole import; every few entries it hands over instead. Reads
 * made meanwhile go to SQLite's second connection and see the catalog as it was (lib/db/sqlite-read-split.ts).
 */
const YIELD_EVERY = 10;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ImportRejected extends Error {
  constructor(readonly plan: ImportPlan) {
    super("The catalog file refers to entries that do not exist.");
  }
}

/**
 * Applies a validated catalog file through the write skeleton, in one transaction: all or nothing. Entries are
 * matched by slug; new ones are created with the file's versions and dates, changed ones get a new version; each
 * written entry gets an "import" revision, and one audit row records the totals. Entries missing from the file are
 * left alone. The seed is such an import, by the system author (prisma/seed/apply.ts); `also` writes in the same
 * transaction (the seed's "done" mark).
 */
export async function applyImport(
  client: PrismaClient,
  file: CatalogFile,
  actor: Author,
  options: CommitOptions & { also?: (tx: Tx) => Promise<void> } = {},
): Promise<ImportPlan> {
  const outcome = await commitCatalogChange(
    client,
    actor,
    async (tx, now) => {
      const plan = planImport(file, await readCatalog(tx));
      if (plan.issues.length > 0) throw new ImportRejected(plan);
      const touched: Array<{ type: EntityType; slug: string; created: boolean }> = [];
      const ids: Record<string, Map<string, number>> = {};
      let steps = 0;

      for (const name of COLLECTIONS) {
        const actions = plan.actions[name];
        for (const item of file[name] as Array<Meta & { slug: string }>) {
          const action = actions.get(item.slug);
          if (action === "unchanged" || action === undefined) continue;
          const type = COLLECTION_OF[name].entity;
          const existingId = await idOf(tx, name, item.slug);
          await writeItem(tx, name, item, existingId, now, ids);
          if (++steps % YIELD_EVERY === 0) await yieldToEventLoop();
          if (type) touched.push({ type, slug: item.slug, created: existingId === null });
        }
      }

      const written: Written[] = [];
      for (const w of touched) {
        const id = await idOf(tx, collectionOf(w.type), w.slug);
        if (id === null) continue;
        const entry = await withAdapter(w.type, (adapter) => adapter.load(tx, id));
        if (entry) written.push({ type: w.type, entry, revision: "import" });
        if (++steps % YIELD_EVERY === 0) await yieldToEventLoop();
      }
      await options.also?.(tx);
      return {
        result: plan,
        written,
        audit: {
          action: "catalog.import",
          entityType: "catalog",
          summary: `${touched.filter((w) => w.created).length} created, ${touched.filter((w) => !w.created).length} updated`,
          details: { counts: plan.counts },
        },
      };
    },
    // The largest allowed file (1,500 entries, 4 MB) took just over 120 s on PostgreSQL on a busy 2-core machine
    // (bench:load BENCH_MODE=import), where every statement is a round trip: it then failed as a whole with a 500.
    // Readers are not held up by a long import (MVCC; SQLite's second connection), and other saves only wait for the
    // catalog version row, which the import takes as its last statement.
    { limits: { timeout: 300_000, maxWait: 30_000 }, ...options },
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.data;
}

function collectionOf(type: EntityType): CollectionName {
  const found = COLLECTION_SPECS.find((c) => c.entity === type);
  if (!found) throw new Error(`no collection for ${type}`);
  return found.name;
}

async function idOf(tx: Tx, name: CollectionName, slug: string): Promise<number | null> {
  const row = await tableOf(tx, COLLECTION_OF[name].delegate).findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

async function requireId(tx: Tx, name: CollectionName, slug: string, cache: Record<string, Map<string, number>>): Promise<number> {
  const map = (cache[name] ??= new Map());
  const hit = map.get(slug);
  if (hit !== undefined) return hit;
  const id = await idOf(tx, name, slug);
  if (id === null) throw new Error(`import: ${name} "${slug}" does not exist`);
  map.set(slug, id);
  return id;
}

async function versionOf(tx: Tx, name: CollectionName, id: number | null): Promise<{ version: number } | null> {
  if (id === null) return null;
  const type = COLLECTION_OF[name].entity;
  if (!type) return tableOf(tx, COLLECTION_OF[name].delegate).findUnique({ where: { id }, select: { version: true } });
  const entry = await withAdapter(type, (adapter) => adapter.load(tx, id));
  return entry ? { version: entry.version } : null;
}

async function writeItem(tx: Tx, name: CollectionName, raw: Meta & { slug: string }, id: number | null, now: Date, ids: Record<string, Map<string, number>>): Promise<void> {
  const keep = bookkeeping(raw, await versionOf(tx, name, id), now);
  const spec = COLLECTION_OF[name];
  if (spec.generic) {
    // A table entity (or the workflow steps): its columns are the file's fields.
    const data = { ...content(raw), ...keep };
    const table = tableOf(tx, spec.delegate);
    if (id === null) await table.create({ data });
    else await table.update({ where: { id }, data });
    return;
  }
  switch (name) {
    case "useCases": {
      const item = raw as UseCaseItem;
      const { domain, techniques, mechanisms, challenges, resources, publishedAt, ...rest } = content(item);
      const data = { ...rest, ...keep, domainId: await requireId(tx, "domains", domain, ids), publishedAt: dateOrNull(publishedAt) };
      const useCaseId = id === null ? (await tx.useCase.create({ data })).id : (await tx.useCase.update({ where: { id }, data })).id;
      // A new use case has no links yet; an existing one's are replaced. Each link table is written with one
      // statement (per-link inserts made the largest import outlast its transaction's 120 s on PostgreSQL).
      if (id !== null) {
        await tx.useCaseTechnique.deleteMany({ where: { useCaseId } });
        await tx.useCaseMechanism.deleteMany({ where: { useCaseId } });
        await tx.useCaseChallenge.deleteMany({ where: { useCaseId } });
        await tx.useCaseResource.deleteMany({ where: { useCaseId } });
      }
      const linked = async (links: Array<{ slug: string; basis: string }>, target: CollectionName) => {
        const rows: Array<{ id: number; basis: string }> = [];
        for (const l of links) rows.push({ id: await requireId(tx, target, l.slug, ids), basis: l.basis });
        return rows;
      };
      const techniqueRows = await linked(techniques, "techniques");
      const mechanismRows = await linked(mechanisms, "mechanisms");
      const challengeRows = await linked(challenges, "challenges");
      const resourceRows = await linked(resources, "resources");
      if (techniqueRows.length > 0) await tx.useCaseTechnique.createMany({ data: techniqueRows.map((r) => ({ useCaseId, techniqueId: r.id, basis: r.basis })) });
      if (mechanismRows.length > 0) await tx.useCaseMechanism.createMany({ data: mechanismRows.map((r) => ({ useCaseId, mechanismId: r.id, basis: r.basis })) });
      if (challengeRows.length > 0) await tx.useCaseChallenge.createMany({ data: challengeRows.map((r) => ({ useCaseId, challengeId: r.id, basis: r.basis })) });
      if (resourceRows.length > 0) await tx.useCaseResource.createMany({ data: resourceRows.map((r) => ({ useCaseId, resourceId: r.id, basis: r.basis })) });
      return;
    }
    case "notes": {
      const item = raw as NoteItem;
      const { targetSlug, ...rest } = content(item);
      const target =
        item.targetType === "page" || targetSlug === null
          ? null
          : await requireId(tx, item.targetType === "use-case" ? "useCases" : item.targetType === "domain" ? "domains" : item.targetType === "technique" ? "techniques" : "resources", targetSlug, ids);
      const data = { ...rest, ...keep, targetId: target };
      if (id === null) await tx.note.create({ data });
      else await tx.note.update({ where: { id }, data });
      return;
    }
  }
}
