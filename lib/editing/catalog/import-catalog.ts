import "server-only";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/errors";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { CommitOptions } from "../commit-change";
import { issuesOf, MAX_CATALOG_BYTES } from "@/lib/schemas/catalog-file";
import { parseCatalogFileInSteps } from "@/lib/schemas/catalog-file-steps";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { guarded } from "../guarded";
import { isTransactionTimeout } from "@/lib/db/transaction-timeout";
import { timedOut, type MutationResult } from "../types";
import { applyImport, ImportRejected } from "./apply-import";
import { readPacingFor, yieldToEventLoop } from "./between-statements";
import { checkedFile, forgetCheckedFile, rememberCheckedFile } from "./checked-files";
import { planImport } from "./plan";
import { readCatalog } from "./read-catalog";
import type { ImportReport } from "./report";

export type ImportMode = "dry-run" | "apply";

/**
 * Admin only. Validates the whole file first (format, schema version, every entry against its entity schema,
 * every reference), then either reports what would happen (dry run) or applies it in one transaction.
 * `expectedSha256`, when given, must match the file: the page sends the hash its dry run showed.
 */
export async function importCatalog(text: string, mode: ImportMode, expectedSha256?: string): Promise<MutationResult<ImportReport>> {
  return guarded("admin", (actor) => importCatalogInto(db, text, mode, actor, expectedSha256));
}

export const IMPORT_TIMED_OUT = "The import took too long and was cancelled, so nothing was changed. Try again when the site is quieter, or import the file in parts.";

/**
 * The import without the guard, for a given database (tests use a scratch one, and may give the transaction's
 * `limits`; benches outside a server `notify: false`). An apply that runs past its transaction's limit was rolled back: a 503 saying so, never a 500.
 */
export async function importCatalogInto(
  client: PrismaClient,
  text: string,
  mode: ImportMode,
  actor: Actor,
  expectedSha256?: string,
  options: Pick<CommitOptions, "limits" | "notify"> = {},
): Promise<MutationResult<ImportReport>> {
  const sha256 = crypto.createHash("sha256").update(text).digest("hex");
  const report = (ok: boolean, partial: Partial<ImportReport>): { ok: true; data: ImportReport } => ({
    ok: true,
    data: { mode, ok, counts: {}, issues: [], sha256, ...partial },
  });
  if (Buffer.byteLength(text) > MAX_CATALOG_BYTES) return report(false, { issues: [{ path: "", code: `tooLarge:${MAX_CATALOG_BYTES}` }] });
  if (expectedSha256 !== undefined && expectedSha256 !== sha256) return report(false, { issues: [{ path: "", code: "changedSinceDryRun" }] });

  // The file's schema, checked once per file (the apply after a dry run of the same bytes reuses the verdict) and a
  // few items at a time, so that the server's readers are served in between (issue 18, item 5).
  let file = checkedFile(sha256);
  if (file === null) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return report(false, { issues: [{ path: "", code: "invalidJson" }] });
    }
    const parsed = await parseCatalogFileInSteps(json, yieldToEventLoop);
    if (!parsed.success) return report(false, { issues: issuesOf(parsed.error).slice(0, 200) });
    file = parsed.data;
    rememberCheckedFile(sha256, file);
  }

  if (mode === "dry-run") {
    const existing = await readCatalog(client, readPacingFor(providerOf(databaseUrl())));
    await yieldToEventLoop();
    const plan = planImport(file, existing);
    return report(plan.issues.length === 0, { counts: plan.counts, issues: plan.issues.slice(0, 200) });
  }
  try {
    const plan = await applyImport(client, file, actor, options);
    forgetCheckedFile(sha256);
    return report(true, { counts: plan.counts });
  } catch (error) {
    if (error instanceof ImportRejected) return report(false, { counts: error.plan.counts, issues: error.plan.issues.slice(0, 200) });
    if (isTransactionTimeout(error)) return timedOut(IMPORT_TIMED_OUT);
    throw error;
  }
}
