import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized";
import { Markdown } from "@/components/markdown";
import { SourceRef } from "@/components/source-ref";
import { pageLocale } from "@/i18n/page-locale";
import { listFaqs } from "@/lib/catalog/pages";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/faq">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "faq" });
  return pageMetadata({ locale, path: "/faq", title: t("title"), description: t("description") });
}

export default async function FaqPage({ params }: PageProps<"/[locale]/faq">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("faq");
  const faqs = await listFaqs();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("description")}</p>
      <div className="mt-6 space-y-4">
        {faqs.map((f) => {
          const answer = pick(f.answerZh, f.answerEn, locale);
          return (
            <section key={f.id} id={f.slug} aria-labelledby={`q-${f.slug}`} className="card">
              <h2 id={`q-${f.slug}`} className="text-lg font-semibold">
                <Localized value={pick(f.questionZh, f.questionEn, locale)} />
              </h2>
              <Markdown lang={answer.lang}>{answer.text}</Markdown>
              <SourceRef source={f.source} />
            </section>
          );
        })}
      </div>
    </>
  );
}
