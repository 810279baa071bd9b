import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { Localized } from "@/components/localized";
import { basisOfSource } from "@/lib/provenance/basis";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { listTechniques } from "@/lib/catalog/techniques";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/techniques">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "techniques" });
  return pageMetadata({ locale, path: "/techniques", title: t("title"), description: t("description") });
}

export default async function TechniquesPage({ params }: PageProps<"/[locale]/techniques">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("techniques");
  const prov = await getTranslations("provenance");
  const groups = await listTechniques();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <BasisLegend className="mt-4" />
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{prov("countsNote")}</p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`cat-${group.category}`} className="mt-8">
          <h2 id={`cat-${group.category}`} className="mb-3 text-2xl font-semibold">{t(`category.${group.category}`)}</h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {group.techniques.map((tech) => (
              <li key={tech.id} className="card">
                <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                  <Link href={`/techniques/${tech.slug}`}>
                    <Localized value={pick(tech.nameZh, tech.nameEn, locale)} />
                  </Link>
                  <BasisBadge basis={basisOfSource(tech.source)} />
                </h3>
                <Localized as="p" className="mt-1 text-sm text-slate-700 dark:text-slate-300" value={pick(tech.summaryZh, tech.summaryEn, locale)} />
                <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{prov("useCasesSplit", { count: tech._count.useCases, article: tech.articleLinks })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
