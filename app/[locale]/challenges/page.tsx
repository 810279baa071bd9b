import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { ExplorerLink } from "@/components/explorer-link";
import { Localized } from "@/components/localized";
import { SimpleSection } from "@/components/simple-section";
import { SourceRef } from "@/components/source-ref";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getChallengesAndTrends } from "@/lib/catalog/pages";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/challenges">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "challenges" });
  return pageMetadata({ locale, path: "/challenges", title: t("title"), description: t("description") });
}

export default async function ChallengesPage({ params }: PageProps<"/[locale]/challenges">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("challenges");
  const prov = await getTranslations("provenance");
  const { challenges, trends } = await getChallengesAndTrends();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("description")}</p>
      <BasisLegend className="mt-4" />
      <section aria-labelledby="challenges" className="mt-8">
        <h2 id="challenges" className="mb-3 text-2xl font-semibold">{t("challenges")}</h2>
        <ul className="space-y-4">
          {challenges.map((c) => (
            <li key={c.id} id={c.slug} className="card target:ring-2 target:ring-accent-600 dark:target:ring-accent-300">
              <Localized as="h3" className="text-lg font-semibold" value={pick(c.nameZh, c.nameEn, locale)} />
              <Localized as="p" className="mt-2" value={pick(c.summaryZh, c.summaryEn, locale)} />
              <p className="mt-2">
                <SourceRef source={c.source} />
              </p>
              {c.useCases.length > 0 ? (
                <>
                  <h4 className="mt-3 text-sm font-semibold">
                    {t("affected")}{" "}
                    <span className="font-normal text-slate-600 dark:text-slate-400">
                      ({prov("linksSplit", { count: c.useCases.length, article: c.useCases.filter((l) => l.basis === "article").length })})
                    </span>
                  </h4>
                  <ul className="mt-1 flex flex-wrap gap-2">
                    {c.useCases.map(({ useCase: u, basis }) => (
                      <li key={u.slug} className="chip">
                        <Link href={`/use-cases/${u.slug}`}>
                          <Localized value={pick(u.titleZh, u.titleEn, locale)} />
                        </Link>
                        <BasisBadge basis={basis} />
                      </li>
                    ))}
                  </ul>
                  <ExplorerLink kind="challenge" slug={c.slug} count={c.useCases.length} className="mt-3" />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <SimpleSection id="trends" title={t("trends")} rows={trends} locale={locale} />
    </>
  );
}
