// The translation-status badge: which language is missing somewhere in an entry. A pair with both sides empty is
// an unused optional field, not a missing translation; but an entry with no text at all in a language misses that
// language (an empty new form misses both, it is not "complete").
export interface TranslationStatus {
  missingZh: boolean;
  missingEn: boolean;
}

export type TranslationFilter = "complete" | "missing-zh" | "missing-en";

export function translationStatus(values: Record<string, unknown>, pairs: Array<[string, string]>): TranslationStatus {
  let missingZh = false;
  let missingEn = false;
  let anyZh = false;
  let anyEn = false;
  for (const [zh, en] of pairs) {
    const a = String(values[zh] ?? "").trim() !== "";
    const b = String(values[en] ?? "").trim() !== "";
    if (a && !b) missingEn = true;
    if (b && !a) missingZh = true;
    anyZh ||= a;
    anyEn ||= b;
  }
  if (pairs.length > 0) {
    missingZh ||= !anyZh;
    missingEn ||= !anyEn;
  }
  return { missingZh, missingEn };
}

export function matchesTranslationFilter(status: TranslationStatus, filter: TranslationFilter): boolean {
  if (filter === "complete") return !status.missingZh && !status.missingEn;
  if (filter === "missing-zh") return status.missingZh;
  return status.missingEn;
}
