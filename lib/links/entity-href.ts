// Where each kind of catalog entity lives on the site, and the explorer filtered on it. Techniques and domains have
// their own pages; mechanisms and challenges are cards with an anchor on /fusion and /challenges (DESIGN.md's URLs).
// Paths are locale-less, for the i18n Link.

export type EntityKind = "domain" | "technique" | "mechanism" | "challenge";

export function entityHref(kind: EntityKind, slug: string): string {
  const s = encodeURIComponent(slug);
  switch (kind) {
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

/** The explorer filtered on these values (each key may repeat, as in the explorer's own URLs). */
export function explorerHref(filters: Partial<Record<EntityKind | "basis", string | string[]>>): string {
  const params = new URLSearchParams();
  for (const key of ["domain", "technique", "mechanism", "challenge", "basis"] as const) {
    const value = filters[key];
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const query = params.toString();
  return query ? `/explore?${query}` : "/explore";
}
