import { getTranslations } from "next-intl/server";
import type { NoteRow } from "@/lib/catalog/notes";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { Localized } from "./localized";
import { Markdown } from "./markdown";
import { SourceRef } from "./source-ref";

/** Editor's notes, where the article is inconsistent or wrong. */
export async function NotesList({ notes, locale }: { notes: NoteRow[]; locale: AppLocale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations("common");
  return (
    <section aria-labelledby="editors-notes" className="my-8">
      <h2 id="editors-notes" className="mb-3 text-xl font-semibold">{t("editorsNotes")}</h2>
      <ul className="space-y-4">
        {notes.map((note) => {
          const body = pick(note.bodyZh, note.bodyEn, locale);
          return (
            <li key={note.id} className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40">
              <Localized as="h3" className="font-semibold" value={pick(note.titleZh, note.titleEn, locale)} />
              <Markdown lang={body.lang}>{body.text}</Markdown>
              <SourceRef source={note.source} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
