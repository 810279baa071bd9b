// The catalog entities the admin edits, and the URL segment of each under /[locale]/admin/.
export const ENTITY_TYPES = [
  "use-case",
  "domain",
  "technique",
  "mechanism",
  "advantage",
  "driver",
  "challenge",
  "trend",
  "resource",
  "faq",
  "note",
  "trait",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SEGMENTS: Record<EntityType, string> = {
  "use-case": "use-cases",
  domain: "domains",
  technique: "techniques",
  mechanism: "mechanisms",
  advantage: "advantages",
  driver: "drivers",
  challenge: "challenges",
  trend: "trends",
  resource: "resources",
  faq: "faq",
  note: "notes",
  trait: "traits",
};

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function entityTypeOfSegment(segment: string): EntityType | null {
  const found = ENTITY_TYPES.find((t) => SEGMENTS[t] === segment);
  return found ?? null;
}
