import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized";
import { NotesList } from "@/components/notes-list";
import { SourceRef } from "@/components/source-ref";
import { pageLocale } from "@/i18n/page-locale";
import { catalogCounts } from "@/lib/catalog/counts";
import { notesForPage } from "@/lib/catalog/notes";
import { listPublished } from "@/lib/catalog/entities";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "about" });
  return pageMetadata({ locale, path: "/about", title: t("title"), description: t("description") });
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("about");
  const tt = await getTranslations("traits");
  const nav = await getTranslations("nav");
  const common = await getTranslations("common");
  const [counts, notes, traits] = await Promise.all([catalogCounts(), notesForPage("about"), listPublished("trait")]);
  const rows: Array<[string, number]> = [
    [common("domains"), counts.domains],
    [common("useCases"), counts.useCases],
    [common("techniques"), counts.techniques],
    [common("mechanisms"), counts.mechanisms],
    [common("challenges"), counts.challenges],
    [common("resources"), counts.resources],
    [nav("faq"), counts.faqs],
  ];
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <h2 className="mt-6 text-xl font-semibold">{t("source")}</h2>
      <p className="mt-2">{t("sourceText")}</p>
      {traits.length > 0 ? (
        <section id="traits" aria-labelledby="traits-title" className="mt-6">
          <h2 id="traits-title" className="text-xl font-semibold">{tt("title")}</h2>
          <p className="mt-2">{tt("intro")}</p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-3">
            {traits.map((trait) => (
              <li key={trait.id} id={`trait-${trait.slug}`} className="card target:ring-2 target:ring-accent-600 dark:target:ring-accent-300">
                <Localized as="h3" className="font-semibold" value={pick(trait.nameZh, trait.nameEn, locale)} />
                <Localized as="p" className="mt-2 text-sm" value={pick(trait.summaryZh, trait.summaryEn, locale)} />
                <p className="mt-2">
                  <SourceRef source={trait.source} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="mt-6 text-xl font-semibold">{t("editorial")}</h2>
      <p className="mt-2">{t("editorialText")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("counts")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <NotesList notes={notes} locale={locale} />
    </article>
  );
}
