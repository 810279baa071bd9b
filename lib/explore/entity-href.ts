// Where a chip naming a catalog entity leads (locale-free; the locale-aware Link adds the prefix). Domains and
// techniques have pages of their own; mechanisms and challenges are sections of the fusion and challenges pages.
import type { EntityFacet } from "@/lib/schemas/explore-params";

export function entityHref(facet: EntityFacet, slug: string): string {
  const s = encodeURIComponent(slug);
  switch (facet) {
    case "domain":
      return `/domains/${s}`;
    case "technique":
      return `/techniques/${s}`;
    case "mechanism":
      return `/fusion#${s}`;
    case "challenge":
      return `/challenges#${s}`;
  }
}
