import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  ArticleStatements,
  Bridges,
  ChallengeHeatmap,
  FusionFinding,
  TechniqueHeatmap,
  techniqueLinkTotal,
  unusedTechniques,
} from "@/components/fusion-map/fusion-heatmaps";
import { BasisLegend } from "@/components/basis-legend";
import { pageLocale } from "@/i18n/page-locale";
import { explorer } from "@/lib/catalog/explore";
import type { FusionBasis, FusionMapView } from "@/lib/catalog/explore/engine";
import type { AppLocale } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "fusionMap" });
  return pageMetadata({ locale, path: "/fusion-map", title: t("title"), description: t("description") });
}

// Both views (every link / the article's own links) are rendered, and a pair of radio buttons shows one of them with
// CSS alone (:has): no client JavaScript, and the page stays one cached render with no query string.
export default async function FusionMapPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("fusionMap");
  const story = await getTranslations("fusionMapStory");
  const [all, article] = await Promise.all([explorer.fusionMap(locale, "all"), explorer.fusionMap(locale, "article")]);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <BasisLegend className="mt-4" />

      <div className="group/basis">
        <fieldset className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{story("basisLegend")}</legend>
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 whitespace-nowrap text-sm">
            <input type="radio" name="fm-basis" id="fm-basis-all" value="all" defaultChecked className="h-5 w-5" />
            {story("basisAll")}
          </label>
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 whitespace-nowrap text-sm">
            <input type="radio" name="fm-basis" id="fm-basis-article" value="article" className="h-5 w-5" />
            {story("basisArticle")}
          </label>
        </fieldset>

        <div className="group-has-[#fm-basis-article:checked]/basis:hidden">
          <FusionView map={all} basis="all" locale={locale} articleMap={article} />
        </div>
        <div className="hidden group-has-[#fm-basis-article:checked]/basis:block">
          <p className="mt-4 max-w-3xl rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100">
            {story("articleShare", { article: techniqueLinkTotal(article), all: techniqueLinkTotal(all) })}
          </p>
          <FusionView map={article} basis="article" locale={locale} />
        </div>
      </div>
    </>
  );
}

async function FusionView({ map, basis, locale, articleMap }: { map: FusionMapView; basis: FusionBasis; locale: AppLocale; articleMap?: FusionMapView }) {
  const t = await getTranslations("fusionMap");
  const prov = await getTranslations("provenance");
  const story = await getTranslations("fusionMapStory");
  const p = `fm-${basis}`;
  const unused = basis === "all" ? unusedTechniques(map) : [];
  return (
    <>
      <FusionFinding map={map} className="mt-4 max-w-3xl text-lg font-medium" />
      {articleMap ? <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{prov("mapCountsNote")}</p> : null}

      <section aria-labelledby={`${p}-techniques`} className="mt-6">
        <h2 id={`${p}-techniques`} className="mb-3 text-2xl font-semibold">{t("techniqueHeading")}</h2>
        <TechniqueHeatmap map={map} basis={basis} idPrefix={p} articleMap={articleMap} />
        {unused.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("unusedTechniques", { names: unused.join(locale === "zh" ? "、" : ", ") })}</p>
        ) : null}
      </section>

      <section aria-labelledby={`${p}-challenges`} className="mt-10">
        <h2 id={`${p}-challenges`} className="mb-3 text-2xl font-semibold">{t("challengeHeading")}</h2>
        <ChallengeHeatmap map={map} basis={basis} idPrefix={p} articleMap={articleMap} />
      </section>

      <section aria-labelledby={`${p}-bridges`} className="mt-10">
        <h2 id={`${p}-bridges`} className="mb-1 text-2xl font-semibold">{t("bridgesHeading")}</h2>
        <p className="mb-4 text-slate-700 dark:text-slate-300">{t("bridgesIntro")}</p>
        <Bridges map={map} basis={basis} idPrefix={p} articleMap={articleMap} />
      </section>

      {basis === "article" ? (
        <section aria-labelledby={`${p}-statements`} className="mt-10">
          <h2 id={`${p}-statements`} className="mb-1 text-2xl font-semibold">{story("statementsHeading")}</h2>
          <p className="mb-4 text-slate-700 dark:text-slate-300">{story("statementsIntro")}</p>
          <ArticleStatements map={map} idPrefix={p} />
        </section>
      ) : null}
    </>
  );
}
