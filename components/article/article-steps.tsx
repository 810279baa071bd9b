import { getTranslations } from "next-intl/server";
import { SourceRef } from "@/components/source-ref";
import { Link } from "@/i18n/navigation";
import type { ArticleBlock } from "@/lib/article/parse";
import { findPart } from "@/lib/article/parse";
import { articleText } from "@/lib/catalog/article-text";
import type { AppLocale } from "@/lib/i18n/localize";

/** An item's text split at its bold lead: "**数据预处理**：对输入…" → ["数据预处理", "对输入…"]. */
function splitLead(block: ArticleBlock): [string, string] {
  const match = /^\*\*(.+?)\*\*\s*[：:]?\s*(.*)$/s.exec(block.text);
  return match ? [match[1], match[2]] : ["", block.text.replaceAll("**", "")];
}

function StepList({ id, title, number, steps, note, locale }: { id: string; title: string; number: string; steps: ArticleBlock[]; note?: string; locale: AppLocale }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="text-sm">
        <SourceRef source={`§${number}`} />
      </p>
      <ol className="mt-2 space-y-2">
        {steps.map((step) => {
          const [lead, rest] = splitLead(step);
          return (
            <li key={step.id} className="flex gap-3">
              <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent-600 text-sm font-semibold text-white">
                {step.ordinal}
              </span>
              <p lang={locale}>
                <span className="sr-only">{step.ordinal}. </span>
                {lead ? <strong>{lead}</strong> : null}
                {lead && rest ? (locale === "zh" ? "：" : ": ") : null}
                {rest}
              </p>
            </li>
          );
        })}
      </ol>
      {note ? <p className="mt-2 rounded border-l-4 border-violet-500 bg-violet-50 px-3 py-2 text-sm dark:bg-violet-950/40">{note}</p> : null}
    </section>
  );
}

/**
 * The article's own ordered steps for the regression example (§4.3) and the development environment (§5.1), in the
 * words of the copy for this locale (the first Chinese copy, or the English copy), each with its source link. Self-
 * contained: the regression technique page and the lab show it.
 */
export async function ArticleSteps({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("articleSteps");
  const article = await getTranslations("article");
  const { copies, differences } = articleText();
  const copy = locale === "zh" ? copies.zh : copies.en;
  const numbered = (number: string) => (findPart(copy, number)?.blocks ?? []).filter((b) => b.kind === "item" && b.ordinal !== undefined);
  const diff = differences.find((d) => d.kind === "steps" && d.number === "4.3");
  const sep = locale === "zh" ? "、" : ", ";
  const note =
    diff && diff.kind === "steps"
      ? article("stepsDiffer", {
          first: diff.counts.zh,
          second: diff.counts.zhSecond,
          en: diff.counts.en,
          added: (locale === "zh" || diff.added.en.length === 0 ? diff.added.zh : diff.added.en).join(sep),
        })
      : undefined;
  return (
    <section aria-labelledby="article-steps" className="mt-8">
      <h2 id="article-steps" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("intro")} <Link href="/article#s4-3" className="underline">{t("readInArticle")}</Link>
      </p>
      <StepList id="article-steps-4-3" title={t("example")} number="4.3" steps={numbered("4.3")} note={note} locale={locale} />
      <StepList id="article-steps-5-1" title={t("setup")} number="5.1" steps={numbered("5.1")} locale={locale} />
    </section>
  );
}
