import "server-only";

/** Public pages and the API show only published, not deleted, entries. */
export const PUBLISHED = { status: "published", deletedAt: null } as const;
