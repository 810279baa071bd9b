// The admin JSON write path's request parsing (app/api/admin/entries/[type]/[id]): pure, so that every malformed
// request is a clear 4xx decided here, before anything touches the database. The values themselves are checked
// later by the entity's own zod schema, inside updateEntry, exactly as for the editor's form.
import { entityTypeOfSegment, isEntityType, type EntityType } from "@/lib/schemas/entity-types";

/** A save body: the fields of the entry (as the form sends them) plus the version the client loaded. */
export const MAX_ENTRY_BODY_BYTES = 512 * 1024;

export interface EntryPath {
  type: EntityType;
  id: number;
}

/** Accepts the admin URL segment ("use-cases") or the entity type ("use-case"); ids are positive integers. */
export function parseEntryPath(typeParam: string, idParam: string): EntryPath | null {
  const type = entityTypeOfSegment(typeParam) ?? (isEntityType(typeParam) ? typeParam : null);
  if (!type || !/^[1-9]\d{0,9}$/.test(idParam)) return null;
  const id = Number(idParam);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? { type, id } : null;
}

export type BodyProblem = { status: 400 | 415; code: "invalid-body" | "unsupported-media-type"; message: string };

export type ParsedSave = { ok: true; input: Record<string, unknown> } | ({ ok: false } & BodyProblem);

/**
 * `{ "version": <the version you loaded>, "values": { …fields } }` → the input updateEntry takes (the values
 * plus id and version; the path's id wins over any id inside the values). A missing or malformed version is left
 * for the schema to report as a field error, like the form's.
 */
export function parseSaveBody(contentType: string | null, text: string, id: number): ParsedSave {
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? "")) {
    return { ok: false, status: 415, code: "unsupported-media-type", message: "Send the body as application/json." };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, code: "invalid-body", message: "The body is not valid JSON." };
  }
  if (!isPlainObject(body)) return { ok: false, status: 400, code: "invalid-body", message: 'The body must be a JSON object: { "version", "values" }.' };
  if (!isPlainObject(body.values)) return { ok: false, status: 400, code: "invalid-body", message: '"values" must be an object with the entry\'s fields.' };
  return { ok: true, input: { ...body.values, id, version: body.version } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
