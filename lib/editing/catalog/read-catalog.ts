import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { CATALOG_FORMAT, CATALOG_SCHEMA_VERSION, COLLECTION_SPECS, type CatalogFile, type CatalogItemBase, type CollectionSpec, type NoteItem, type UseCaseItem } from "@/lib/schemas/catalog-file";
import { NOTE_PAGES, NOTE_TARGET_TYPES } from "@/lib/schemas/note";
import { rowValues } from "@/lib/schemas/row-values";
import type { Tx } from "../adapter";
import { tableOf, type Row } from "@/lib/db/table-access";

type Reader = Tx | PrismaClient;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const status = (s: string) => (s === "published" ? ("published" as const) : ("draft" as const));
const basis = (b: string) => (b === "article" ? ("article" as const) : ("editorial" as const));

function meta(row: { version: number; createdAt: Date; updatedAt: Date; deletedAt: Date | null }) {
  return { version: row.version, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), deletedAt: isoOrNull(row.deletedAt) };
}

function genericItem(spec: CollectionSpec, row: Row): CatalogItemBase {
  return { ...rowValues(spec.item, row, spec.unknownAs, spec.defaults), ...meta(row as unknown as Parameters<typeof meta>[0]) } as CatalogItemBase;
}

/**
 * The whole catalog (trash included) in the file's shape: what export writes and what import compares with. With
 * `pause`, its reads are made one after another with a pause between them (the import on SQLite, whose reads
 * complete synchronously: together they held the event loop ~90 ms); without, at once.
 */
export async function readCatalog(client: Reader, pause?: () => Promise<void>): Promise<CatalogFile> {
  const generic = COLLECTION_SPECS.filter((c) => c.generic);
  if (pause) {
    const rows: Row[][] = [];
    for (const c of generic) {
      rows.push(await tableOf(client, c.delegate).findMany());
      await pause();
    }
    const useCases = await readUseCases(client);
    await pause();
    const notes = await client.note.findMany();
    await pause();
    return catalogOf(generic, rows, useCases, notes);
  }
  const [rows, useCases, notes] = await Promise.all([
    Promise.all(generic.map((c) => tableOf(client, c.delegate).findMany())),
    readUseCases(client),
    client.note.findMany(),
  ]);
  return catalogOf(generic, rows, useCases, notes);
}

function readUseCases(client: Reader) {
  return client.useCase.findMany({
    include: {
      domain: { select: { slug: true } },
      techniques: { select: { basis: true, technique: { select: { slug: true } } } },
      mechanisms: { select: { basis: true, mechanism: { select: { slug: true } } } },
      challenges: { select: { basis: true, challenge: { select: { slug: true } } } },
      resources: { select: { basis: true, resource: { select: { slug: true } } } },
    },
  });
}

function catalogOf(
  generic: CollectionSpec[],
  rows: Row[][],
  useCases: Awaited<ReturnType<typeof readUseCases>>,
  notes: Awaited<ReturnType<Reader["note"]["findMany"]>>,
): CatalogFile {
  const tables = new Map(generic.map((c, i) => [c.name, rows[i] ?? []]));

  // Notes point at entries by id; the file names them by slug, so it survives a move to another database.
  const slugMap = (name: string) => new Map((tables.get(name as CollectionSpec["name"]) ?? []).map((r) => [r.id as number, r.slug as string]));
  const slugOf: Record<string, Map<number, string>> = {
    technique: slugMap("techniques"),
    resource: slugMap("resources"),
    "use-case": new Map(useCases.map((u) => [u.id, u.slug])),
    domain: slugMap("domains"),
  };

  const useCaseItems: UseCaseItem[] = useCases.map((u) => ({
    slug: u.slug, titleZh: u.titleZh, titleEn: u.titleEn, summaryZh: u.summaryZh, summaryEn: u.summaryEn, bodyZh: u.bodyZh, bodyEn: u.bodyEn, editorialZh: u.editorialZh, editorialEn: u.editorialEn,
    basis: basis(u.basis), source: u.source, externalUrl: u.externalUrl, position: u.position, status: status(u.status),
    domain: u.domain.slug,
    techniques: u.techniques.map((l) => ({ slug: l.technique.slug, basis: basis(l.basis) })),
    mechanisms: u.mechanisms.map((l) => ({ slug: l.mechanism.slug, basis: basis(l.basis) })),
    challenges: u.challenges.map((l) => ({ slug: l.challenge.slug, basis: basis(l.basis) })),
    resources: u.resources.map((l) => ({ slug: l.resource.slug, basis: basis(l.basis) })),
    publishedAt: isoOrNull(u.publishedAt), ...meta(u),
  }));
  const noteItems: NoteItem[] = notes.map((n) => ({
    slug: n.slug, targetType: NOTE_TARGET_TYPES.find((t) => t === n.targetType) ?? "page",
    pageKey: NOTE_PAGES.find((p) => p === n.pageKey) ?? null, titleZh: n.titleZh, titleEn: n.titleEn, bodyZh: n.bodyZh, bodyEn: n.bodyEn,
    source: n.source, position: n.position, status: status(n.status),
    targetSlug: n.targetId === null ? null : (slugOf[n.targetType]?.get(n.targetId) ?? null),
    ...meta(n),
  }));

  const file: Record<string, unknown> = { format: CATALOG_FORMAT, schemaVersion: CATALOG_SCHEMA_VERSION };
  for (const spec of COLLECTION_SPECS) {
    file[spec.name] = spec.generic ? (tables.get(spec.name) ?? []).map((row) => genericItem(spec, row)) : spec.name === "useCases" ? useCaseItems : noteItems;
  }
  return file as CatalogFile;
}
