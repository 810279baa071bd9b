// The catalog's fixed vocabularies, defined once. Pure (no zod): the schemas, the explorer's client components, the
// catalog queries and the seed's types all take them from here.

/** "article" when the article states it; "editorial" when the editors added it. */
export const BASES = ["article", "editorial"] as const;
export type Basis = (typeof BASES)[number];

/** Technique categories, in the order the explorer and the techniques page show them. */
export const TECHNIQUE_CATEGORIES = ["field", "training-strategy", "general", "building-block"] as const;
export type TechniqueCategory = (typeof TECHNIQUE_CATEGORIES)[number];

/** What an editor's note can point at: an entry of these types, or a page. */
export const NOTE_TARGET_TYPES = ["technique", "resource", "use-case", "domain", "page"] as const;
export type NoteTargetType = (typeof NOTE_TARGET_TYPES)[number];
