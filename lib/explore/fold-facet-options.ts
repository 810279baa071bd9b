// Which facet values the explorer's filter panel shows. A value that would give no use case with the other active
// filters, and is not selected, is folded behind "Show more" rather than shown disabled; a facet's filter box narrows
// the values to those whose name (or slug) contains what was typed.

export interface FoldableOption {
  slug: string;
  label: string;
  count: number;
}

export interface FoldedOptions<T> {
  /** The values to show, in their original order. */
  visible: T[];
  /** How many values matching the filter box are folded away (zero count, not selected). */
  folded: number;
  /** How many values match the filter box, folded or not. */
  matched: number;
}

/** Case- and width-insensitive form for matching what people type against names (full-width letters, 'É'...). */
export function normalizeForMatch(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").trim();
}

export function isFoldable(option: FoldableOption, selected: readonly string[]): boolean {
  return option.count === 0 && !selected.includes(option.slug);
}

export function foldFacetOptions<T extends FoldableOption>(
  options: readonly T[],
  selected: readonly string[],
  { query = "", showAll = false }: { query?: string; showAll?: boolean } = {},
): FoldedOptions<T> {
  const needle = normalizeForMatch(query);
  const matching = needle === "" ? options : options.filter((o) => normalizeForMatch(o.label).includes(needle) || o.slug.includes(needle));
  const visible = showAll ? [...matching] : matching.filter((o) => !isFoldable(o, selected));
  return { visible, folded: matching.length - matching.filter((o) => !isFoldable(o, selected)).length, matched: matching.length };
}

/** A facet with more values than this gets a filter box. */
export const FACET_FILTER_BOX_THRESHOLD = 8;
