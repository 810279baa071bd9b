import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized";
import { SourceRef } from "@/components/source-ref";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { listDomains } from "@/lib/catalog/domains";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/domains">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "domains" });
  return pageMetadata({ locale, path: "/domains", title: t("title"), description: t("description") });
}

export default async function DomainsPage({ params }: PageProps<"/[locale]/domains">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("domains");
  const common = await getTranslations("common");
  const domains = await listDomains();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {domains.map((d) => (
          <li key={d.id} className="card">
            <h2 className="text-xl font-semibold">
              <Link href={`/domains/${d.slug}`}>
                <Localized value={pick(d.nameZh, d.nameEn, locale)} />
              </Link>
            </h2>
            <Localized as="p" className="mt-2 text-sm" value={pick(d.summaryZh, d.summaryEn, locale)} />
            <p className="mt-3 text-sm font-medium">{common("useCaseCount", { count: d.useCases.length })}</p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {d.useCases.map((u) => (
                <li key={u.slug}>
                  <Link href={`/use-cases/${u.slug}`}>
                    <Localized value={pick(u.titleZh, u.titleEn, locale)} />
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-3">
              <SourceRef source={d.source} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
