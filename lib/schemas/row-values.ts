// A stored row's values as an entity's schema (or a catalog file's item) describes them: column for column, with the
// status read as "published" or "draft" and an enum column's unknown value read as a declared fallback. Shared by
// the table adapter (lib/editing/adapters/table.ts) and the export (lib/editing/catalog/read-catalog.ts). Pure.
import { z } from "zod";

const BOOKKEEPING = new Set(["version", "createdAt", "updatedAt", "deletedAt"]);

/** The options of an enum field (through defaults, optionals and nullables), or null. */
export function enumOptions(schema: z.ZodType): readonly string[] | null {
  let inner: unknown = schema;
  while (inner && !(inner instanceof z.ZodEnum) && typeof (inner as { unwrap?: unknown }).unwrap === "function") inner = (inner as { unwrap: () => unknown }).unwrap();
  return inner instanceof z.ZodEnum ? (inner.options as readonly string[]) : null;
}

/** The object schema under a refined one (zod keeps refinements on the object itself). */
export function objectOf(schema: z.ZodType): z.ZodObject {
  if (!(schema instanceof z.ZodObject)) throw new Error("row-values: the schema is not an object");
  return schema;
}

/**
 * `row`'s values for the fields of `shape` (bookkeeping left out): status "published" or "draft", an enum column's
 * unknown value read as `unknownAs[field]`, else `defaults[field]`.
 */
export function rowValues(shape: z.ZodObject, row: Record<string, unknown>, unknownAs: Record<string, string>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape.shape)) {
    if (BOOKKEEPING.has(key)) continue;
    const value = row[key];
    if (key === "status") {
      out[key] = value === "published" ? "published" : "draft";
      continue;
    }
    const options = enumOptions(field as z.ZodType);
    out[key] = options && !options.includes(value as string) ? (unknownAs[key] ?? defaults[key]) : value;
  }
  return out;
}
