import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { forgetCatalogVersion } from "./version";

/** Tag for cached catalog reads (the explorer and the API may cache under it). */
export const CATALOG_TAG = "catalog";

/**
 * Call after any committed catalog change (an edit, a publish, a delete, an import; the transaction bumped the
 * catalog version). This instance forgets the version it knew, so its cached catalog reads (lib/catalog/cached.ts)
 * are stale from its very next request; other instances see the new version within a second. It also expires
 * anything cached under the catalog tag at once (`expire: 0`, DESIGN.md "Caching and freshness") and drops the
 * router's cached payloads for every page.
 */
export function catalogChanged(): void {
  forgetCatalogVersion();
  revalidateTag(CATALOG_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}
