import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleToc } from "@/components/article/article-toc";
import { PartBlocks, PartHeading, type PartContext } from "@/components/article/article-part";
import { pageLocale } from "@/i18n/page-locale";
import { findBlock } from "@/lib/article/parse";
import { PASSAGES, placeAnnotations, type ArticleEntity } from "@/lib/article/passages";
import { articleEntities } from "@/lib/catalog/article";
import { articleText } from "@/lib/catalog/article-text";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/article">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "article" });
  return pageMetadata({ locale, path: "/article", title: t("title"), description: t("description") });
}

// Rendered on first request, then cached until the catalog changes (see app/[locale]/layout.tsx): the text is a
// checked-in file, the annotations (entries, their § sources, the editor's notes) come from the catalog.
export default async function ArticlePage({ params }: PageProps<"/[locale]/article">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("article");
  const common = await getTranslations("common");
  const { copies, differences } = articleText();
  const copy = locale === "zh" ? copies.zh : copies.en;
  const { entities, notes } = await articleEntities(locale);
  // §1.2's traits: About shows them at #trait-{slug}; their names are the article's own words.
  const traits: ArticleEntity[] = PASSAGES.filter((p) => p.kind === "trait").map((p) => ({
    kind: "trait",
    slug: p.slug,
    name: findBlock(copy, p.passage)?.lead ?? p.slug,
    href: `/about#trait-${p.slug}`,
    source: "§1.2",
  }));
  const ctx: PartContext = {
    locale,
    placement: placeAnnotations(copy, locale, [...entities, ...traits], notes),
    differences,
    label: (entity) => t("entityLabel", { kind: t(`kinds.${entity.kind}`), name: entity.name }),
    formulaLabel: common("formula"),
  };

  return (
    <article>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border-l-4 border-sky-500 bg-sky-100 dark:bg-sky-900" />
          {t("legendDrawn")}
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border-l-4 border-amber-500 bg-amber-50 dark:bg-amber-950" />
          {common("editorsNote")}
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border-l-4 border-violet-500 bg-violet-50 dark:bg-violet-950" />
          {t("copiesDiffer")}
        </li>
      </ul>
      <div className="mt-6 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-8">
        <ArticleToc copy={copy} label={t("contents")} />
        <div className="min-w-0 max-w-4xl">
          <p className="text-xl font-semibold" lang="zh">
            {copy.title}
          </p>
          <PartBlocks blocks={copy.intro} ctx={ctx} />
          {copy.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id}>
              <PartHeading part={section} level={2} ctx={ctx} />
              <PartBlocks blocks={section.blocks} ctx={ctx} />
              {section.subsections.map((sub) => (
                <section key={sub.id} aria-labelledby={sub.id}>
                  <PartHeading part={sub} level={3} ctx={ctx} />
                  <PartBlocks blocks={sub.blocks} ctx={ctx} />
                </section>
              ))}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}
