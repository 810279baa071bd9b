import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Bridges, ChallengeHeatmap, TechniqueHeatmap, unusedTechniques } from "@/components/fusion-map/fusion-heatmaps";
import { pageLocale } from "@/i18n/page-locale";
import { explorer } from "@/lib/catalog/explore";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "fusionMap" });
  return pageMetadata({ locale, path: "/fusion-map", title: t("title"), description: t("description") });
}

export default async function FusionMapPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("fusionMap");
  const map = await explorer.fusionMap(locale);
  const unused = unusedTechniques(map);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("legend")}</p>

      <section aria-labelledby="map-techniques" className="mt-8">
        <h2 id="map-techniques" className="mb-3 text-2xl font-semibold">{t("techniqueHeading")}</h2>
        <TechniqueHeatmap map={map} />
        {unused.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("unusedTechniques", { names: unused.join(locale === "zh" ? "、" : ", ") })}</p>
        ) : null}
      </section>

      <section aria-labelledby="map-challenges" className="mt-10">
        <h2 id="map-challenges" className="mb-3 text-2xl font-semibold">{t("challengeHeading")}</h2>
        <ChallengeHeatmap map={map} />
      </section>

      <section aria-labelledby="map-bridges" className="mt-10">
        <h2 id="map-bridges" className="mb-1 text-2xl font-semibold">{t("bridgesHeading")}</h2>
        <p className="mb-4 text-slate-700 dark:text-slate-300">{t("bridgesIntro")}</p>
        <Bridges map={map} />
      </section>
    </>
  );
}
