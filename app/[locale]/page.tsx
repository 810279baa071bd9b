import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TechniqueHeatmap } from "@/components/fusion-map/fusion-heatmaps";
import { HeroSearch } from "@/components/hero-search";
import { Localized } from "@/components/localized";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { catalogCounts } from "@/lib/catalog/counts";
import { listDomains } from "@/lib/catalog/domains";
import { explorer } from "@/lib/catalog/explore";
import { listDrivers } from "@/lib/catalog/pages";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const site = await getTranslations({ locale, namespace: "site" });
  return { ...pageMetadata({ locale, path: "/", title: t("title"), description: site("description") }), title: { absolute: t("title") } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("home");
  const common = await getTranslations("common");
  const fusion = await getTranslations("fusionMap");
  const [counts, domains, drivers, fusionMap] = await Promise.all([catalogCounts(), listDomains(), listDrivers(), explorer.fusionMap(locale)]);

  const waysIn = [
    { href: "/techniques", title: t("waysInTechniques"), text: t("waysInTechniquesText") },
    { href: "/fusion", title: t("waysInFusion"), text: t("waysInFusionText") },
    { href: "/challenges", title: t("waysInChallenges"), text: t("waysInChallengesText") },
    { href: "/resources", title: t("waysInResources"), text: t("waysInResourcesText") },
  ];

  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("heading")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          {t("intro", { useCases: counts.useCases, domains: counts.domains, techniques: counts.techniques })}
        </p>
        <HeroSearch locale={locale} total={counts.useCases} />
      </section>

      <section aria-labelledby="home-domains" className="mb-10">
        <h2 id="home-domains" className="mb-4 text-2xl font-semibold">{t("domainsHeading")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {domains.map((d) => (
            // One link per card: the title's link covers the whole card (a stretched ::after), so nothing is nested.
            <li key={d.id} className="card relative flex flex-col transition-colors focus-within:ring-2 focus-within:ring-accent-600 hover:border-accent-600 dark:focus-within:ring-accent-300 dark:hover:border-accent-300">
              <h3 className="text-lg font-semibold">
                <Link href={`/domains/${d.slug}`} className="after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:outline-none">
                  <Localized value={pick(d.nameZh, d.nameEn, locale)} />
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{common("useCaseCount", { count: d.useCases.length })}</p>
              <Localized as="p" className="mt-2 text-sm" value={pick(d.summaryZh, d.summaryEn, locale)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-fusion-map" className="mb-10">
        <h2 id="home-fusion-map" className="mb-1 text-2xl font-semibold">{fusion("homeHeading")}</h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{fusion("homeIntro")}</p>
        <TechniqueHeatmap map={fusionMap} limit={8} compact caption={fusion("homeCaption")} />
        <p className="mt-2 text-sm">
          <Link href="/fusion-map">{fusion("homeMore")}</Link>
        </p>
      </section>

      <section aria-labelledby="home-drivers" className="mb-10">
        <h2 id="home-drivers" className="mb-4 text-2xl font-semibold">{t("driversHeading")}</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {drivers.map((d) => (
            <li key={d.id} className="card">
              <Localized as="h3" className="font-semibold" value={pick(d.nameZh, d.nameEn, locale)} />
              <Localized as="p" className="mt-2 text-sm" value={pick(d.summaryZh, d.summaryEn, locale)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-ways-in">
        <h2 id="home-ways-in" className="mb-4 text-2xl font-semibold">{t("waysIn")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {waysIn.map((w) => (
            <li key={w.href} className="card">
              <h3 className="font-semibold">
                <Link href={w.href}>{w.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{w.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
