// The last catalog file that passed the file's schema, by the sha256 of its text, kept a few minutes: the admin's
// apply follows the dry run of the same bytes, and need not check them again (for the largest file, 1,500 entries and
// 4 MB, ~100–500 ms of zod work on a busy 2-core machine). Only what depends on the bytes alone is reused; what
// depends on the database (references, versions, what changes) the apply computes again inside its transaction.
import type { CatalogFile } from "@/lib/schemas/catalog-file";

/** Long enough to read the dry run's report, short enough not to hold a large file's objects for long. */
export const CHECKED_FILE_TTL_MS = 15 * 60_000;

interface Checked {
  sha256: string;
  file: CatalogFile;
  at: number;
  /** Drops the file when its TTL ends, whether or not anyone asks for it again (unref'd: it keeps no process alive). */
  expiry: ReturnType<typeof setTimeout>;
}

// One per server process (a module may be loaded more than once in Next.js's bundles): the last file only.
const store = globalThis as typeof globalThis & { __fusionCheckedCatalogFile?: Checked | null };

/** Remember a file that passed catalogFileSchema (its parsed output), under its text's sha256. */
export function rememberCheckedFile(sha256: string, file: CatalogFile, now: number = Date.now()): void {
  drop();
  const expiry = setTimeout(() => {
    if (store.__fusionCheckedCatalogFile?.expiry === expiry) store.__fusionCheckedCatalogFile = null;
  }, CHECKED_FILE_TTL_MS);
  expiry.unref?.();
  store.__fusionCheckedCatalogFile = { sha256, file, at: now, expiry };
}

function drop(): void {
  const checked = store.__fusionCheckedCatalogFile;
  if (checked) clearTimeout(checked.expiry);
  store.__fusionCheckedCatalogFile = null;
}

/** The parsed file whose text has this sha256, if it was checked within the TTL; otherwise null. */
export function checkedFile(sha256: string, now: number = Date.now()): CatalogFile | null {
  const checked = store.__fusionCheckedCatalogFile;
  if (!checked) return null;
  if (now - checked.at > CHECKED_FILE_TTL_MS || now < checked.at) {
    drop();
    return null;
  }
  return checked.sha256 === sha256 ? checked.file : null;
}

/** Drop the remembered file (after an apply: it was used). */
export function forgetCheckedFile(sha256: string): void {
  if (store.__fusionCheckedCatalogFile?.sha256 === sha256) drop();
}
