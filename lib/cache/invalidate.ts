import "server-only";
import { revalidatePath } from "next/cache";
import { forgetCatalogVersion } from "./version";

/**
 * Call after any committed catalog change (an edit, a publish, a delete, an import; the transaction bumped the
 * catalog version). This instance forgets the version it knew, so its cached catalog reads (lib/cache/cached.ts)
 * are stale from its very next request; other instances see the new version within a second. It also drops the
 * router's cached payloads for every page. (Nothing is cached under a Next.js tag: the catalog version is the key.)
 */
export function catalogChanged(): void {
  forgetCatalogVersion();
  revalidatePath("/", "layout");
}
