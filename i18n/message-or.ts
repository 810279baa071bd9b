// Message keys are typed (i18n/app-config.d.ts): a literal key missing from messages/en*.json fails typecheck. A few
// keys are known only at run time (a stored field's name, an option's value, a server error code); they go through
// here, which asks the catalog first and falls back when it has no such message.

/** What `messageOr` needs of a translator (`useTranslations`/`getTranslations`, any namespace). */
interface Translator {
  (key: never): string;
  has(key: never): boolean;
}

/** The message at `key` (relative to the translator's namespace), or `fallback` when the catalog has none. */
export function messageOr(t: Translator, key: string, fallback: string): string {
  return t.has(key as never) ? t(key as never) : fallback;
}
