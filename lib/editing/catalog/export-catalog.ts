import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { serializeCatalog } from "@/lib/schemas/catalog-file";
import { guarded } from "../guarded";
import type { MutationResult } from "../types";
import { readCatalog } from "./read-catalog";

/** The canonical export text of a database's catalog. */
export async function catalogText(client: PrismaClient): Promise<string> {
  return serializeCatalog(await readCatalog(client));
}

/** Admin only: the whole catalog (trash included) as schema-versioned JSON. Audited. */
export async function exportCatalog(): Promise<MutationResult<{ text: string; filename: string }>> {
  return guarded("admin", async (actor) => {
    const text = await catalogText(db);
    await writeAudit(db, { action: "catalog.export", actor, entityType: "catalog", summary: `${Buffer.byteLength(text)} bytes` });
    const day = new Date().toISOString().slice(0, 10);
    return { ok: true as const, data: { text, filename: `fusion-atlas-catalog-${day}.json` } };
  });
}
