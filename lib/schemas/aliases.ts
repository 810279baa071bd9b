// Aliases of a technique, domain, mechanism or challenge, per language, for search: other names people type
// ("CV", "machine vision", "机器视觉"). Stored as one text per language, the aliases separated by commas; the schema
// field accepts commas, semicolons and the Chinese 、，； as separators and stores the canonical "a, b, c" (so a stored
// value parses again unchanged).
import { text } from "./common";

/** Longest stored alias text per language. */
export const ALIASES_MAX = 500;
/** Longest single alias. */
export const ALIAS_MAX = 80;

const SEPARATORS = /[,;，；、\n]+/u;

/** The distinct, trimmed aliases of a stored (or typed) alias text, in order. */
export function parseAliases(value: string | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of (value ?? "").split(SEPARATORS)) {
    const alias = raw.trim().replace(/\s+/gu, " ");
    const key = alias.toLowerCase();
    if (alias === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** The canonical stored form of a list of aliases. */
export function formatAliases(aliases: readonly string[]): string {
  return aliases.join(", ");
}

export const aliasesField = text(ALIASES_MAX)
  .refine((value) => parseAliases(value).every((a) => a.length <= ALIAS_MAX), `tooLong:${ALIAS_MAX}`)
  .transform((value) => formatAliases(parseAliases(value)));
