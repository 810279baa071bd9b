import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
  const common = await getTranslations("common");
  const { mechanisms, advantages, drivers } = await getFusion();
  const counts = new Map(mechanisms.map((m) => [m.id, m._count.useCases]));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("description")}</p>
      <SimpleSection
        id="mechanisms"
        title={t("mechanisms")}
        rows={mechanisms}
        locale={locale}
        footer={(row) =>
          (counts.get(row.id) ?? 0) > 0 ? (
            <ExplorerLink kind="mechanism" slug={row.slug} count={counts.get(row.id) ?? 0} className="mt-3" />
          ) : (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{common("useCaseCount", { count: 0 })}</p>
          )
        }
      />
      <SimpleSection id="advantages" title={t("advantages")} rows={advantages} locale={locale} />
      <SimpleSection id="drivers" title={t("drivers")} rows={drivers} locale={locale} />
    </>
  );
}
