import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";

/** Tag for cached catalog reads (the explorer and the API may cache under it). */
export const CATALOG_TAG = "catalog";

/**
 * Call after any committed catalog change (an edit, a publish, a delete, an import). Public pages are
 * force-dynamic, so they are fresh already; this expires anything cached under the catalog tag at once
 * (`expire: 0`, DESIGN.md "Caching and freshness") and drops the router's cached payloads for every page.
 * The one place to extend when a cache (or a cross-instance catalog version) is added.
 */
export function catalogChanged(): void {
  revalidateTag(CATALOG_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}
