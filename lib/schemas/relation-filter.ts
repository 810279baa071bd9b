// Filtering a relation picker's options as the editor types: in both languages and by slug, ignoring case and
// surrounding spaces; every word of the query must match somewhere (so "医疗 model" finds a bilingual entry).
export interface FilterableOption {
  slug: string;
  nameZh: string;
  nameEn: string;
  aliases?: readonly string[];
}

export function optionMatches(option: FilterableOption, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [option.nameEn, option.nameZh, option.slug, ...(option.aliases ?? [])].join("\n").toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function filterOptions<T extends FilterableOption>(options: readonly T[], query: string): T[] {
  return options.filter((o) => optionMatches(o, query));
}
