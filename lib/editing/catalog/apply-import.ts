import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { COLLECTION_OF, COLLECTIONS, type CatalogFile, type CollectionName, type NoteItem, type UseCaseItem } from "@/lib/schemas/catalog-file";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { Tx } from "../adapter";
import { commitCatalogChange, type CommitOptions, type Written } from "../commit-change";
import type { Author } from "../revisions";
import { withAdapter } from "../adapter-registry";
import { tableOf } from "@/lib/db/table-access";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { betweenStatementsFor, readPacingFor, yieldToEventLoop, type BetweenStatements } from "./between-statements";
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
 * Every YIELD_EVERY entries (and after each batch) the import lets the event loop run (yieldToEventLoop). Prisma's
 * SQLite queries complete synchronously, so a loop of thousands of them would hold the event loop (and every public
 * request) for the whole import; every few entries it hands over instead. Reads
 * made meanwhile go to SQLite's second connection and see the catalog as it was (lib/db/sqlite-read-split.ts).
 */
const YIELD_EVERY = 10;

/**
 * New use cases are written BATCH at a time: one INSERT for their rows, one per link table for their links. On
 * PostgreSQL every statement is a round trip whose answer waits for the event loop, which the server shares with
 * the requests it serves: at ~12 statements per entry the largest allowed file (1,500 entries) made ~18,000 of them
 * and, beside busy readers, outlasted its transaction (bench:load BENCH_MODE=import). The same size as the yield
 * interval, so that SQLite (synchronous) holds the event loop no longer than before.
 */
const BATCH = YIELD_EVERY;
/**
 * Entries loaded per statement for their revisions. On SQLite a load of 100 use cases with their links held the event
 * loop 45–95 ms on a busy machine (bench:import-blocks); 25 hold it a quarter as long, for 45 more statements. On
 * PostgreSQL each statement is a round trip that waits for a turn of the event loop: 100, as measured there.
 */
const LOAD_BATCH = { sqlite: 25, postgresql: 100 } as const;

/** A use case's link lists: its link tables, not its row's columns. */
const LINKS = ["techniques", "mechanisms", "challenges", "resources"] as const;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every collection's entries by slug (id and version): read once, kept up to date as the import creates entries. */
type Known = Record<CollectionName, Map<string, { id: number; version: number }>>;

async function readKnown(tx: Tx, betweenStatements: BetweenStatements): Promise<Known> {
  const known = {} as Known;
  for (const name of COLLECTIONS) {
    const rows = await tableOf(tx, COLLECTION_OF[name].delegate).findMany({ select: { id: true, slug: true, version: true } });
    known[name] = new Map(rows.map((r) => [r.slug, { id: r.id, version: r.version }]));
    await betweenStatements();
  }
  return known;
}

function requireId(known: Known, name: CollectionName, slug: string): number {
  const id = known[name].get(slug)?.id;
  if (id === undefined) throw new Error(`import: ${name} "${slug}" does not exist`);
  return id;
}

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
      const provider = providerOf(databaseUrl());
      const betweenStatements = betweenStatementsFor(provider);
      const existing = await readCatalog(tx, readPacingFor(provider));
      const plan = planImport(file, existing);
      if (plan.issues.length > 0) throw new ImportRejected(plan);
      await betweenStatements();
      const known = await readKnown(tx, betweenStatements);
      const touched: Array<{ type: EntityType; name: CollectionName; slug: string; created: boolean }> = [];
      let steps = 0;

      for (const name of COLLECTIONS) {
        const actions = plan.actions[name];
        const items = (file[name] as Array<Meta & { slug: string }>).filter((item) => {
          const action = actions.get(item.slug);
          return action !== "unchanged" && action !== undefined;
        });
        const type = COLLECTION_OF[name].entity;
        const created = new Set(items.filter((item) => !known[name].has(item.slug)).map((item) => item.slug));
        if (name === "useCases") {
          // The new ones in batches, then the changed ones, one by one (few: an import mostly adds).
          for (const batch of chunks(items.filter((item) => created.has(item.slug)), BATCH)) {
            await createUseCases(tx, batch as UseCaseItem[], known, now, betweenStatements);
            await yieldToEventLoop();
          }
          for (const item of items.filter((i) => !created.has(i.slug))) {
            await writeItem(tx, name, item, known, now, betweenStatements);
            if (++steps % YIELD_EVERY === 0) await yieldToEventLoop();
          }
        } else {
          for (const item of items) {
            await writeItem(tx, name, item, known, now, betweenStatements);
            if (++steps % YIELD_EVERY === 0) await yieldToEventLoop();
          }
        }
        if (type) for (const item of items) touched.push({ type, name, slug: item.slug, created: created.has(item.slug) });
      }

      // Each written entry as saved now, for its revision: LOAD_BATCH per read, kept in the file's order.
      const loaded = new Map<string, Written["entry"]>();
      const byType = new Map<EntityType, number[]>();
      for (const w of touched) {
        const id = known[w.name].get(w.slug)?.id;
        if (id !== undefined) byType.set(w.type, [...(byType.get(w.type) ?? []), id]);
      }
      for (const [type, ids] of byType) {
        for (const batch of chunks(ids, LOAD_BATCH[provider])) {
          for (const entry of await withAdapter(type, (adapter) => adapter.loadMany(tx, batch))) loaded.set(`${type}:${entry.id}`, entry);
          await yieldToEventLoop();
        }
      }
      const written: Written[] = [];
      for (const w of touched) {
        const entry = loaded.get(`${w.type}:${known[w.name].get(w.slug)?.id}`);
        if (entry) written.push({ type: w.type, entry, revision: "import" });
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
    // The largest allowed file (1,500 entries, 4 MB) takes ~1,300 statements (BATCH above): seconds, not minutes,
    // on PostgreSQL beside busy readers. Readers are not held up by a long import (MVCC; SQLite's second connection),
    // and other saves only wait for the catalog version row, which the import takes as its last statement. Past the
    // limit it is rolled back as a whole: the admin gets a 503 saying so (import-catalog.ts), never a 500.
    { limits: { timeout: 120_000, maxWait: 30_000 }, ...options },
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.data;
}

/** New use cases, one INSERT for their rows and one per link table for their links (their ids: `known`). */
async function createUseCases(tx: Tx, items: UseCaseItem[], known: Known, now: Date, betweenStatements: BetweenStatements): Promise<void> {
  const rows = items.map((item) => {
    const { domain, publishedAt, ...rest } = omit(content(item), LINKS);
    return { ...rest, ...bookkeeping(item, null, now), domainId: requireId(known, "domains", domain), publishedAt: dateOrNull(publishedAt) };
  });
  const ids = new Map((await tx.useCase.createManyAndReturn({ data: rows, select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
  await betweenStatements();
  for (const item of items) {
    const id = ids.get(item.slug);
    if (id === undefined) throw new Error(`import: use case "${item.slug}" was not created`);
    known.useCases.set(item.slug, { id, version: item.version });
  }
  await writeLinks(tx, items.map((item) => ({ useCaseId: known.useCases.get(item.slug)!.id, item })), known, betweenStatements);
}

/** The links of these use cases (which have none yet), one statement per link table. */
async function writeLinks(tx: Tx, entries: Array<{ useCaseId: number; item: UseCaseItem }>, known: Known, betweenStatements: BetweenStatements): Promise<void> {
  const rows = <K extends string>(links: (item: UseCaseItem) => Array<{ slug: string; basis: string }>, target: CollectionName, key: K) =>
    entries.flatMap(({ useCaseId, item }) => links(item).map((l) => ({ useCaseId, [key]: requireId(known, target, l.slug), basis: l.basis }) as { useCaseId: number; basis: string } & Record<K, number>));
  const techniques = rows((i) => i.techniques, "techniques", "techniqueId");
  const mechanisms = rows((i) => i.mechanisms, "mechanisms", "mechanismId");
  const challenges = rows((i) => i.challenges, "challenges", "challengeId");
  const resources = rows((i) => i.resources, "resources", "resourceId");
  if (techniques.length > 0) await tx.useCaseTechnique.createMany({ data: techniques });
  await betweenStatements();
  if (mechanisms.length > 0) await tx.useCaseMechanism.createMany({ data: mechanisms });
  await betweenStatements();
  if (challenges.length > 0) await tx.useCaseChallenge.createMany({ data: challenges });
  await betweenStatements();
  if (resources.length > 0) await tx.useCaseResource.createMany({ data: resources });
}

/** One entry, created or changed; `known` learns a new entry's id. */
async function writeItem(tx: Tx, name: CollectionName, raw: Meta & { slug: string }, known: Known, now: Date, betweenStatements: BetweenStatements): Promise<void> {
  const existing = known[name].get(raw.slug) ?? null;
  const id = existing?.id ?? null;
  const keep = bookkeeping(raw, existing, now);
  const spec = COLLECTION_OF[name];
  let written: number;
  if (spec.generic) {
    // A table entity (or the workflow steps): its columns are the file's fields.
    const data = { ...content(raw), ...keep };
    const table = tableOf(tx, spec.delegate);
    written = id === null ? (await table.create({ data })).id : (await table.update({ where: { id }, data })).id;
  } else if (name === "useCases") {
    const item = raw as UseCaseItem;
    const { domain, publishedAt, ...rest } = omit(content(item), LINKS);
    const data = { ...rest, ...keep, domainId: requireId(known, "domains", domain), publishedAt: dateOrNull(publishedAt) };
    written = id === null ? (await tx.useCase.create({ data })).id : (await tx.useCase.update({ where: { id }, data })).id;
    // An existing use case's links are replaced.
    if (id !== null) {
      await tx.useCaseTechnique.deleteMany({ where: { useCaseId: written } });
      await tx.useCaseMechanism.deleteMany({ where: { useCaseId: written } });
      await tx.useCaseChallenge.deleteMany({ where: { useCaseId: written } });
      await tx.useCaseResource.deleteMany({ where: { useCaseId: written } });
    }
    await writeLinks(tx, [{ useCaseId: written, item }], known, betweenStatements);
  } else {
    const item = raw as NoteItem;
    const { targetSlug, ...rest } = content(item);
    const target =
      item.targetType === "page" || targetSlug === null
        ? null
        : requireId(known, item.targetType === "use-case" ? "useCases" : item.targetType === "domain" ? "domains" : item.targetType === "technique" ? "techniques" : "resources", targetSlug);
    const data = { ...rest, ...keep, targetId: target };
    written = id === null ? (await tx.note.create({ data })).id : (await tx.note.update({ where: { id }, data })).id;
  }
  known[name].set(raw.slug, { id: written, version: keep.version });
}
