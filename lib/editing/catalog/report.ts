// What the import page shows: the dry run's (or the import's) counts per collection and any problems.
import type { CollectionName, ImportIssue } from "@/lib/schemas/catalog-file";
import type { ItemAction } from "./plan";

export interface ImportReport {
  mode: "dry-run" | "apply";
  /** True when the file is valid and (for apply) was imported. */
  ok: boolean;
  counts: Partial<Record<CollectionName, Record<ItemAction, number>>>;
  issues: ImportIssue[];
  /** SHA-256 of the file, so that "apply" can insist on the file the dry run checked. */
  sha256: string;
}
