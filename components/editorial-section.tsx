import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/i18n/localize";
import { BasisBadge } from "./basis-badge";
import { Markdown } from "./markdown";

/**
 * The paragraphs we wrote beside what the article says (a domain's or technique's stored `editorial` field), under
 * "Editor's context:" and the Editorial badge, so they can never pass for the article's words (issue 13).
 */
export async function EditorialSection({ text, className = "" }: { text: LocalizedText; className?: string }) {
  if (!text.text.trim()) return null;
  const t = await getTranslations("provenance");
  return (
    <section
      aria-label={t("editorsContext")}
      data-basis="editorial"
      className={`mt-4 rounded-md border-l-4 border-violet-300 bg-violet-50/40 py-1 pl-4 pr-2 dark:border-violet-800 dark:bg-violet-950/30 ${className}`}
    >
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm font-semibold">
        {t("editorsContext")} <BasisBadge basis="editorial" />
      </p>
      <Markdown lang={text.lang}>{text.text}</Markdown>
    </section>
  );
}
