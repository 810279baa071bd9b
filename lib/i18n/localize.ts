// Picks the text for a locale from a zh/en pair. A missing translation falls back to the other language and says so.
export type AppLocale = "en" | "zh";

export interface LocalizedText {
  text: string;
  /** The language the text is actually in. */
  lang: AppLocale;
  /** True when the requested locale had no text and the other language was used. */
  fallback: boolean;
}

export function pick(zh: string | null | undefined, en: string | null | undefined, locale: AppLocale): LocalizedText {
  const want = (locale === "zh" ? zh : en)?.trim() ?? "";
  if (want !== "") return { text: want, lang: locale, fallback: false };
  const other = (locale === "zh" ? en : zh)?.trim() ?? "";
  if (other !== "") return { text: other, lang: locale === "zh" ? "en" : "zh", fallback: true };
  return { text: "", lang: locale, fallback: false };
}

/** Picks `${field}Zh` / `${field}En` from a row. */
export function pickField<F extends string>(
  row: Record<`${F}Zh` | `${F}En`, string | null>,
  field: F,
  locale: AppLocale,
): LocalizedText {
  return pick(row[`${field}Zh`], row[`${field}En`], locale);
}
