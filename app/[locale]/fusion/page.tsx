import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { ExplorerLink } from "@/components/explorer-link";
import { SimpleSection } from "@/components/simple-section";
import { pageLocale } from "@/i18n/page-locale";
import { getFusion } from "@/lib/catalog/pages";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/fusion">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "fusion" });
  return pageMetadata({ locale, path: "/fusion", title: t("title"), description: t("description") });
}

export default async function FusionPage({ params }: PageProps<"/[locale]/fusion">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("fusion");
  const prov = await getTranslations("provenance");
  const { mechanisms, advantages, drivers } = await getFusion();
  const counts = new Map(mechanisms.map((m) => [m.id, m._count.useCases]));
  const articleCounts = new Map(mechanisms.map((m) => [m.id, m.useCases.filter((l) => l.basis === "article").length]));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("description")}</p>
      <BasisLegend className="mt-4" />
      <SimpleSection
        id="mechanisms"
        title={t("mechanisms")}
        rows={mechanisms}
        locale={locale}
        footer={(row) => {
          const count = counts.get(row.id) ?? 0;
          const article = articleCounts.get(row.id) ?? 0;
          return (
            <>
              <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                {prov("useCasesSplit", { count, article })}
                {count > 0 ? <BasisBadge basis={article > 0 ? "article" : "editorial"} /> : null}
              </p>
              <ExplorerLink kind="mechanism" slug={row.slug} count={count} className="mt-3" />
            </>
          );
        }}
      />
      <SimpleSection id="advantages" title={t("advantages")} rows={advantages} locale={locale} />
      <SimpleSection id="drivers" title={t("drivers")} rows={drivers} locale={locale} />
    </>
  );
}
