import "server-only";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, type FieldErrors } from "@/lib/schemas/common";
import { ENTITIES } from "@/lib/schemas/registry";
import { patchLanguage, suggestibleFields } from "./fields";
import { entryById, publicEntry, publicOptions, valuesAtVersion } from "./entries";
import { DAY_MS, HOUR_MS, limitDecision, suggestLimits, type SuggestLimits } from "./limits-policy";
import { isEmptyPatch, makePatch, applyPatch } from "./patch";
import { clientBucket } from "@/lib/auth/client-bucket";
import { verifyChallenge } from "./pow";
import { spendChallenge, unspendChallenge } from "./spent-challenges";
import { languageOf, suggestionSchema, type EditSuggestion, type NewProposal, type NewSuggestion } from "./schema";
import { suggestSecret } from "./secret";
import { hashStatusToken, newStatusToken } from "./token";

export type SubmitResult =
  | { ok: true; id: number; token: string }
  | { ok: false; status: 400; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; status: 400 | 404 | 409; code: "robot" | "expired" | "work" | "notFound" | "noChange" | "stale" | "replayed"; fieldErrors?: FieldErrors }
  | { ok: false; status: 429; code: "tooFast" | "limited"; retryAfterSeconds: number; by?: "ip" | "global" };

interface Prepared {
  kind: "new" | "edit";
  language: string;
  entityType: string | null;
  entityId: number | null;
  baseVersion: number | null;
  payload: string;
  sources: string[];
  reason: string;
}

/**
 * A reader's suggestion: validated by the shared schema, screened (honeypot, signed opening time, proof of work),
 * turned into a stored proposal (a new use case, or a field patch against the version the reader saw), and counted
 * against the limits. Nothing here touches the catalog: a suggestion is public only once an editor accepts it.
 */
export async function submitSuggestion(input: unknown, ip: string, limits: SuggestLimits = suggestLimits(), now = new Date()): Promise<SubmitResult> {
  const parsed = suggestionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, code: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const value = parsed.data;
  if (value.website.trim() !== "") return { ok: false, status: 400, code: "robot" };
  if (limits.enabled) {
    const check = verifyChallenge(suggestSecret(), value, { minAgeMs: limits.minSeconds * 1000, now: now.getTime(), requireWork: true });
    if (!check.ok) {
      if (check.reason === "tooFast") return { ok: false, status: 429, code: "tooFast", retryAfterSeconds: check.waitSeconds ?? 1 };
      return { ok: false, status: 400, code: check.reason === "work" ? "work" : "expired" };
    }
  }
  const prepared = value.kind === "new" ? await prepareNew(value) : await prepareEdit(value);
  if (!("payload" in prepared)) return prepared;
  // Stored and counted by the sender's bucket: an IPv4 address, or an IPv6 client's /64.
  return store(prepared, value, clientBucket(ip), limits, now);
}

async function prepareNew(v: NewSuggestion): Promise<Prepared | SubmitResult> {
  // Ids must name published entries: a reader cannot point at a draft (or learn that one exists).
  const options = await publicOptions();
  const errors: FieldErrors = {};
  const known = (list: Array<{ id: number }>, ids: number[]) => ids.every((id) => list.some((o) => o.id === id));
  if (v.domainId !== 0 && !options.domain.some((d) => d.id === v.domainId)) errors.domainId = ["unknownReference"];
  if (!known(options.technique, v.techniques)) errors.techniques = ["unknownReference"];
  if (!known(options.mechanism, v.mechanisms)) errors.mechanisms = ["unknownReference"];
  if (!known(options.challenge, v.challenges)) errors.challenges = ["unknownReference"];
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, code: "invalid", fieldErrors: errors };
  const proposal: NewProposal = {
    domainId: v.domainId,
    otherDomain: v.domainId === 0 ? v.otherDomain : "",
    titleZh: v.titleZh,
    titleEn: v.titleEn,
    summaryZh: v.summaryZh,
    summaryEn: v.summaryEn,
    body: v.body,
    techniques: v.techniques,
    mechanisms: v.mechanisms,
    challenges: v.challenges,
  };
  return {
    kind: "new",
    language: languageOf(v.titleZh + v.summaryZh, v.titleEn + v.summaryEn),
    entityType: null,
    entityId: null,
    baseVersion: null,
    payload: JSON.stringify(proposal),
    sources: v.sources,
    reason: "",
  };
}

async function prepareEdit(v: EditSuggestion): Promise<Prepared | SubmitResult> {
  const entry = await publicEntry(v.entity, v.slug);
  if (!entry) return { ok: false, status: 404, code: "notFound" };
  const columns = suggestibleFields(v.entity).map((f) => f.column);
  // A version the entry never had is stale before anything is read for it.
  if (v.baseVersion > entry.version) return { ok: false, status: 409, code: "stale" };
  const base = v.baseVersion === entry.version ? entry.values : await valuesAtVersion(v.entity, entry.id, v.baseVersion);
  if (!base) return { ok: false, status: 409, code: "stale" };
  const proposed: Record<string, string> = {};
  for (const column of columns) if (column in v.values) proposed[column] = (v.values[column] ?? "").trim();
  const patch = makePatch(v.baseVersion, base, proposed, columns);
  if (isEmptyPatch(patch)) return { ok: false, status: 400, code: "noChange" };
  // The proposal must be a valid entry by the admin's own schema (lengths, one language for the name, …).
  const current = await entryById(v.entity, entry.id);
  const check = ENTITIES[v.entity].schema.safeParse(applyPatch(current?.values ?? entry.values, patch));
  if (!check.success) {
    const errors = fieldErrorsOf(check.error);
    const own = Object.fromEntries(Object.entries(errors).filter(([k]) => columns.includes(k)));
    if (Object.keys(own).length > 0) return { ok: false, status: 400, code: "invalid", fieldErrors: own };
  }
  return {
    kind: "edit",
    language: patchLanguage(Object.keys(patch.fields)),
    entityType: v.entity,
    entityId: entry.id,
    baseVersion: v.baseVersion,
    payload: JSON.stringify(patch),
    sources: v.sources,
    reason: v.reason,
  };
}

async function store(p: Prepared, v: NewSuggestion | EditSuggestion, ip: string, limits: SuggestLimits, now: Date): Promise<SubmitResult> {
  // A solved challenge buys one suggestion: a second post with it (a replay, on any instance) is refused.
  if (limits.enabled && !(await spendChallenge(v.challenge, now))) return { ok: false, status: 409, code: "replayed" };
  const token = newStatusToken();
  // Insert first, then count (as the sign-in throttle does), so that concurrent senders on several instances see
  // each other; a refused row is removed again.
  const row = await db.suggestion.create({
    data: {
      kind: p.kind,
      tokenHash: hashStatusToken(token),
      language: p.language,
      entityType: p.entityType,
      entityId: p.entityId,
      baseVersion: p.baseVersion,
      payload: p.payload,
      sources: JSON.stringify(p.sources),
      reason: p.reason,
      creditName: v.creditName,
      email: v.email === "" ? null : v.email,
      ip,
      createdAt: now,
    },
    select: { id: true },
  });
  if (limits.enabled) {
    const [byIp, all] = await Promise.all([
      db.suggestion.findMany({
        where: { ip, createdAt: { gt: new Date(now.getTime() - HOUR_MS) }, id: { not: row.id } },
        select: { createdAt: true },
        orderBy: { createdAt: "desc" },
        take: limits.perIpHour,
      }),
      db.suggestion.findMany({
        where: { createdAt: { gt: new Date(now.getTime() - DAY_MS) }, id: { not: row.id } },
        select: { createdAt: true },
        orderBy: { createdAt: "desc" },
        take: limits.perDay,
      }),
    ]);
    const decision = limitDecision(byIp.map((r) => r.createdAt), all.map((r) => r.createdAt), limits, now);
    if (!decision.allowed) {
      await db.suggestion.delete({ where: { id: row.id } });
      await unspendChallenge(v.challenge);
      return { ok: false, status: 429, code: "limited", retryAfterSeconds: decision.retryAfterSeconds, by: decision.by };
    }
  }
  return { ok: true, id: row.id, token };
}

/** For the edit form: the entry's current suggestible values and version. */
export async function editableEntry(type: Parameters<typeof publicEntry>[0], slug: string) {
  const entry = await publicEntry(type, slug);
  if (!entry) return null;
  const fields = suggestibleFields(type);
  const values = Object.fromEntries(fields.map((f) => [f.column, String(entry.values[f.column] ?? "")]));
  const [zh, en] = ENTITIES[type].titleFields;
  return { id: entry.id, slug: entry.slug, version: entry.version, fields, values, nameZh: String(entry.values[zh] ?? ""), nameEn: String(entry.values[en] ?? "") };
}

