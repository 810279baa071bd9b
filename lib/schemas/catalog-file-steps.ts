// The catalog file's check (catalogFileSchema), a few items at a time: the same item schemas, the same verdict and
// output, with a pause every STEP_ITEMS items so that the server's other requests are served in between. Checked in
// one piece, the largest file the import accepts (1,500 entries, 4 MB) held the event loop for 100–490 ms, once in the
// dry run and once in the apply (issue 18, item 5).
import type { z } from "zod";
import {
  CATALOG_FORMAT,
  CATALOG_SCHEMA_VERSION,
  catalogFileSchema,
  COLLECTION_ITEM_SCHEMAS,
  COLLECTION_SPECS,
  duplicateSlugIndexes,
  MAX_CATALOG_ITEMS,
  type CatalogFile,
  type CatalogItemBase,
} from "./catalog-file";

/** Lets other work run (on the server: a turn of the event loop). */
export type Pause = () => Promise<void>;

/** Items checked between two pauses: ~5–30 ms of zod work on a busy 2-core machine. */
export const STEP_ITEMS = 50;

const FILE_KEYS = new Set(["format", "schemaVersion", ...COLLECTION_SPECS.map((c) => c.name)]);

/**
 * catalogFileSchema.safeParse(json), pausing every `step` items. A valid file is checked item by item with the
 * collections' own item schemas (COLLECTION_ITEM_SCHEMAS), then for repeated slugs and the entry limit, as the file's
 * schema does; the output is the same. A file that fails any check is handed to the file's schema whole, so that its
 * issues (which, their order, their paths) are exactly the schema's: a rejected file is checked in one piece.
 */
export async function parseCatalogFileInSteps(json: unknown, pause: Pause, step: number = STEP_ITEMS): Promise<z.ZodSafeParseResult<CatalogFile>> {
  const whole = () => catalogFileSchema.safeParse(json);
  if (typeof json !== "object" || json === null || Array.isArray(json)) return whole();
  const input = json as Record<string, unknown>;
  if (Object.keys(input).some((key) => !FILE_KEYS.has(key))) return whole();
  if (input.format !== CATALOG_FORMAT || input.schemaVersion !== CATALOG_SCHEMA_VERSION) return whole();
  let total = 0;
  for (const spec of COLLECTION_SPECS) {
    const items = input[spec.name];
    if (items === undefined && spec.addedLater) continue;
    if (!Array.isArray(items)) return whole();
    total += items.length;
  }
  if (total > MAX_CATALOG_ITEMS) return whole();

  const out: Record<string, unknown> = { format: CATALOG_FORMAT, schemaVersion: CATALOG_SCHEMA_VERSION };
  let sincePause = 0;
  for (const spec of COLLECTION_SPECS) {
    const schema = COLLECTION_ITEM_SCHEMAS[spec.name];
    const parsed: CatalogItemBase[] = [];
    for (const item of (input[spec.name] ?? []) as unknown[]) {
      const result = schema.safeParse(item);
      if (!result.success) return whole();
      parsed.push(result.data);
      if (++sincePause >= step) {
        sincePause = 0;
        await pause();
      }
    }
    if (duplicateSlugIndexes(parsed).length > 0) return whole();
    out[spec.name] = parsed;
  }
  return { success: true, data: out as CatalogFile };
}
