import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/auth/audit";
import { db } from "@/lib/db/client";
import type { EntityAdapter } from "@/lib/editing/adapter";
import { withAdapter } from "@/lib/editing/adapter-registry";
import { commitEntryChange } from "@/lib/editing/commit-change";
import { guarded } from "@/lib/editing/guarded";
import { preflight } from "@/lib/editing/preflight";
import { invalid, notFound, type EntryValues, type Failure, type MutationResult } from "@/lib/editing/types";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { isEntityType, type EntityType } from "@/lib/schemas/entity-types";
import { suggestSlug } from "@/lib/schemas/slug";
import { useCaseDefaults } from "@/lib/schemas/use-case";
import { entryById, valuesAtVersion } from "./entries";
import { applyPatch, defaultChosen, diffAgainstBase, diffAgainstCurrent, parsePatch, type CurrentChange, type DisplayChange, type FieldPatch } from "./patch";
import type { NewProposal, SuggestionState } from "./schema";

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilter {
  state: "received" | "accepted" | "declined";
  kind: "new" | "edit" | null;
  language: "en" | "zh" | "both" | null;
  page: number;
}

export interface QueueRow {
  id: number;
  kind: string;
  state: string;
  language: string;
  entityType: string | null;
  title: string;
  createdAt: Date;
}

/** How many suggestions wait for a decision (the admin navigation's and the dashboard's count). */
export async function pendingSuggestionCount(): Promise<number> {
  await requireEditor();
  return db.suggestion.count({ where: { state: "received" } });
}

/** The moderation queue: oldest first, spam never shown (it stays in the table for the limits). */
export async function suggestionQueue(filter: QueueFilter) {
  await requireEditor();
  const where = {
    state: filter.state,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.language ? { language: filter.language } : {}),
  };
  const [rows, total, byState] = await Promise.all([
    db.suggestion.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: { id: true, kind: true, state: true, language: true, entityType: true, entityId: true, payload: true, createdAt: true },
    }),
    db.suggestion.count({ where }),
    db.suggestion.groupBy({ by: ["state"], _count: { _all: true } }),
  ]);
  const counts: Record<SuggestionState, number> = { received: 0, accepted: 0, declined: 0, spam: 0 };
  for (const g of byState) if (g.state in counts) counts[g.state as SuggestionState] = g._count._all;
  return { rows: rows.map(toRow), total, counts };
}

function toRow(r: { id: number; kind: string; state: string; language: string; entityType: string | null; entityId: number | null; payload: string; createdAt: Date }): QueueRow {
  let title = "";
  if (r.kind === "new") {
    const p = parseProposal(r.payload);
    title = p ? p.titleEn || p.titleZh : "";
  } else {
    title = `${r.entityType ?? "?"} #${r.entityId ?? "?"}`;
  }
  return { id: r.id, kind: r.kind, state: r.state, language: r.language, entityType: r.entityType, title, createdAt: r.createdAt };
}

export function parseProposal(json: string): NewProposal | null {
  try {
    const v = JSON.parse(json) as NewProposal;
    return v && typeof v === "object" && typeof v.titleEn === "string" ? v : null;
  } catch {
    return null;
  }
}

export interface SuggestionDetail {
  id: number;
  kind: string;
  state: string;
  language: string;
  reason: string;
  decisionReason: string;
  creditName: string;
  email: string | null;
  ip: string | null;
  sources: string[];
  createdAt: Date;
  decidedAt: Date | null;
  reviewerEmail: string;
  result: { type: EntityType; id: number; version: number | null } | null;
  proposal: NewProposal | null;
  edit: {
    type: EntityType;
    id: number;
    slug: string;
    currentVersion: number;
    deleted: boolean;
    patch: FieldPatch;
    againstBase: DisplayChange[];
    againstCurrent: CurrentChange[];
    /** The entry has been saved since the version the reader saw. */
    movedOn: boolean;
    chosen: string[];
    baseValues: EntryValues | null;
    currentValues: EntryValues;
  } | null;
}

/** One suggestion with everything the editor needs to decide; personal data is for editors only. */
export async function suggestionDetail(id: number): Promise<SuggestionDetail | null> {
  await requireEditor();
  const row = await db.suggestion.findUnique({ where: { id } });
  if (!row || row.state === "spam") return null;
  let sources: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.sources);
    if (Array.isArray(parsed)) sources = parsed.filter((s): s is string => typeof s === "string");
  } catch {
    sources = [];
  }
  const detail: SuggestionDetail = {
    id: row.id,
    kind: row.kind,
    state: row.state,
    language: row.language,
    reason: row.reason,
    decisionReason: row.decisionReason,
    creditName: row.creditName,
    email: row.email,
    ip: row.ip,
    sources,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    reviewerEmail: row.reviewerEmail,
    result: row.resultType && isEntityType(row.resultType) && row.resultId ? { type: row.resultType, id: row.resultId, version: row.resultVersion } : null,
    proposal: row.kind === "new" ? parseProposal(row.payload) : null,
    edit: null,
  };
  if (row.kind === "edit" && row.entityType && isEntityType(row.entityType) && row.entityId) {
    const patch = parsePatch(row.payload);
    const entry = await entryById(row.entityType, row.entityId);
    if (patch && entry) {
      const againstCurrent = diffAgainstCurrent(patch, entry.values);
      detail.edit = {
        type: row.entityType,
        id: entry.id,
        slug: entry.slug,
        currentVersion: entry.version,
        deleted: entry.deletedAt !== null,
        patch,
        againstBase: diffAgainstBase(patch),
        againstCurrent,
        movedOn: entry.version !== patch.baseVersion,
        chosen: defaultChosen(againstCurrent),
        baseValues: await valuesAtVersion(row.entityType, entry.id, patch.baseVersion),
        currentValues: entry.values,
      };
    }
  }
  return detail;
}

class AlreadyDecided extends Error {}

const alreadyDecided = (): Failure => notFound("This suggestion has already been decided (or does not exist).");

async function claim(tx: Parameters<Parameters<typeof commitEntryChange>[2]>[0], id: number, actor: Actor, now: Date, result: { type: string; id: number; version: number }): Promise<void> {
  const claimed = await tx.suggestion.updateMany({
    where: { id, state: "received" },
    data: { state: "accepted", decidedAt: now, reviewerId: actor.userId, reviewerEmail: actor.email, resultType: result.type, resultId: result.id, resultVersion: result.version },
  });
  if (claimed.count !== 1) throw new AlreadyDecided();
  await writeAudit(tx, { action: "suggestion.accept", actor, entityType: "suggestion", entityId: id, summary: `#${id} → ${result.type} #${result.id} v${result.version}`, details: { result } });
}

async function catchDecided(run: () => Promise<MutationResult>): Promise<MutationResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AlreadyDecided) return alreadyDecided();
    throw error;
  }
}

/**
 * Accept a new use case: it becomes a draft through the write skeleton (revision, audit, catalog version), in the
 * same transaction as the decision; the editor finishes and publishes it through the normal form.
 * `domainId` chooses the domain when the reader picked "other".
 */
export async function acceptNewSuggestion(id: number, domainId: number | null): Promise<MutationResult> {
  return guarded("editor", async (actor) => {
    const row = await db.suggestion.findUnique({ where: { id } });
    if (!row || row.state !== "received" || row.kind !== "new") return alreadyDecided();
    const p = parseProposal(row.payload);
    if (!p) return invalid({ _form: ["invalid"] });
    const domain = p.domainId > 0 ? p.domainId : (domainId ?? 0);
    if (domain <= 0) return invalid({ domainId: ["required"] });
    let sources: string[] = [];
    try {
      sources = (JSON.parse(row.sources) as unknown[]).filter((s): s is string => typeof s === "string");
    } catch {
      sources = [];
    }
    const bodyField = row.language === "zh" ? "bodyZh" : "bodyEn";
    const values: EntryValues = {
      ...useCaseDefaults,
      slug: suggestSlug(p.titleEn) || `suggestion-${id}`,
      domainId: domain,
      titleZh: p.titleZh,
      titleEn: p.titleEn,
      summaryZh: p.summaryZh,
      summaryEn: p.summaryEn,
      [bodyField]: p.body,
      basis: "editorial",
      status: "draft",
      externalUrl: sources[0] ?? "",
      techniques: p.techniques.map((t) => ({ id: t, basis: "editorial" })),
      mechanisms: p.mechanisms.map((t) => ({ id: t, basis: "editorial" })),
      challenges: p.challenges.map((t) => ({ id: t, basis: "editorial" })),
    };
    return withAdapter("use-case", (adapter) => createFromSuggestion(adapter, id, values, actor));
  });
}

async function createFromSuggestion<V extends EntryValues>(adapter: EntityAdapter<V>, id: number, raw: EntryValues, actor: Actor): Promise<MutationResult> {
  const parsed = adapter.schema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  let values = parsed.data;
  // A taken slug gets the suggestion's number; the editor may change it when finishing the draft.
  if (await adapter.slugTaken(db, String(values.slug), null)) values = { ...values, slug: `${String(values.slug).slice(0, 60)}-s${id}` };
  const problems = await preflight(adapter, values, null);
  if (problems) return invalid(problems);
  return catchDecided(() =>
    commitEntryChange(
      adapter,
      { actor, audit: "content.create", revision: "create", details: (_b, after) => ({ version: after?.version, status: after?.status, fromSuggestion: id }) },
      async (tx, now) => {
        const newId = await adapter.create(tx, values, now);
        await claim(tx, id, actor, now, { type: adapter.type, id: newId, version: 1 });
        return newId;
      },
    ),
  );
}

/**
 * Accept an edit: the chosen fields of the patch are applied to the entry as it is now (`version`: the version the
 * editor saw on the suggestion's page) through the normal save path: the entity's schema, preflight, the write
 * skeleton (a revision and an audit row "from suggestion #N"), in the same transaction as the decision.
 */
export async function acceptEditSuggestion(id: number, version: number, chosen: readonly string[]): Promise<MutationResult> {
  return guarded("editor", async (actor) => {
    const row = await db.suggestion.findUnique({ where: { id } });
    if (!row || row.state !== "received" || row.kind !== "edit" || !row.entityType || !isEntityType(row.entityType) || !row.entityId) return alreadyDecided();
    const patch = parsePatch(row.payload);
    if (!patch) return invalid({ _form: ["invalid"] });
    const fields = chosen.filter((f) => f in patch.fields);
    if (fields.length === 0) return invalid({ fields: ["required"] });
    const entityId = row.entityId;
    return withAdapter(row.entityType, async (adapter) => {
      const current = await adapter.load(db, entityId);
      if (!current) return notFound();
      const parsed = adapter.schema.safeParse(applyPatch(current.values, patch, fields));
      if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
      const values = parsed.data;
      const problems = await preflight(adapter, values, entityId);
      if (problems) return invalid(problems);
      return catchDecided(() =>
        commitEntryChange(
          adapter,
          {
            actor,
            audit: "content.update",
            revision: "update",
            target: { id: entityId, version },
            details: (_b, after) => ({ fromVersion: version, version: after?.version, changed: fields, fromSuggestion: id }),
          },
          async (tx, now) => {
            const ok = await adapter.update(tx, entityId, version, values, now);
            if (!ok) return false;
            await claim(tx, id, actor, now, { type: adapter.type, id: entityId, version: version + 1 });
            return true;
          },
        ),
      );
    });
  });
}

/** Decline (with a reason the sender sees) or mark as spam (hidden from the queue, kept for the limits). */
export async function decideSuggestion(id: number, decision: "declined" | "spam", reason: string): Promise<MutationResult<{ id: number }>> {
  return guarded("editor", async (actor) => {
    const text = reason.trim().slice(0, 2000);
    if (decision === "declined" && text === "") return invalid({ decisionReason: ["required"] });
    const now = new Date();
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.suggestion.updateMany({
        where: { id, state: "received" },
        data: { state: decision, decisionReason: decision === "declined" ? text : "", decidedAt: now, reviewerId: actor.userId, reviewerEmail: actor.email },
      });
      if (updated.count !== 1) return false;
      await writeAudit(tx, { action: decision === "spam" ? "suggestion.spam" : "suggestion.decline", actor, entityType: "suggestion", entityId: id, summary: `#${id}`, details: decision === "declined" ? { reason: text } : {} });
      return true;
    });
    return done ? { ok: true as const, data: { id } } : alreadyDecided();
  });
}

/** Which versions of an entry came from a suggestion (the history page's "from suggestion #N"). */
export async function suggestionsBehindVersions(type: EntityType, id: number): Promise<Map<number, number>> {
  await requireEditor();
  const rows = await db.suggestion.findMany({ where: { resultType: type, resultId: id, state: "accepted" }, select: { id: true, resultVersion: true } });
  return new Map(rows.filter((r) => r.resultVersion !== null).map((r) => [r.resultVersion as number, r.id]));
}
