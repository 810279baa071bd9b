import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { ChipLinks } from "@/components/chip-links";
import { EditorialSection } from "@/components/editorial-section";
import { ExplorerLink } from "@/components/explorer-link";
import { Localized } from "@/components/localized";
import { Markdown } from "@/components/markdown";
import { SourceRef } from "@/components/source-ref";
import { UseCaseList } from "@/components/use-case-list";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getDomain } from "@/lib/catalog/domains";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";
import { SuggestEditLink } from "@/components/suggest/suggest-edit-link";

// Rendered on first request, then cached until the catalog changes (see app/[locale]/layout.tsx).
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/domains/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getDomain(slug);
  if (!data) return {};
  const d = data.domain;
  return pageMetadata({
    locale,
    path: `/domains/${d.slug}`,
    title: pick(d.nameZh, d.nameEn, locale).text,
    description: pick(d.summaryZh, d.summaryEn, locale).text,
  });
}

export default async function DomainPage({ params }: PageProps<"/[locale]/domains/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getDomain(slug);
  if (!data) notFound();
  const t = await getTranslations("domains");
  const common = await getTranslations("common");
  const nav = await getTranslations("nav");
  const prov = await getTranslations("provenance");
  const { domain, useCases, techniques, challenges, alsoUsedIn } = data;
  const name = pick(domain.nameZh, domain.nameEn, locale);
  const body = pick(domain.bodyZh, domain.bodyEn, locale);

  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: nav("home") }, { href: "/domains", label: nav("domains") }, { label: name.text }]} />
      <Localized as="h1" className="text-3xl font-bold" value={name} />
      <Localized as="p" className="mt-2 text-lg text-slate-700 dark:text-slate-300" value={pick(domain.summaryZh, domain.summaryEn, locale)} />
      <p className="mt-2">
        <SourceRef source={domain.source} />
      </p>
      <ExplorerLink kind="domain" slug={domain.slug} count={useCases.length} className="mt-4" />
      {body.text ? <Markdown lang={body.lang}>{body.text}</Markdown> : null}
      <EditorialSection text={pick(domain.editorialZh, domain.editorialEn, locale)} />
      <BasisLegend className="mt-6" />
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{prov("countsNote")}</p>

      {useCases.length > 0 ? (
      <section aria-labelledby="domain-use-cases" className="mt-8">
        <h2 id="domain-use-cases" className="mb-3 text-2xl font-semibold">
          {common("useCases")}{" "}
          <span className="text-base font-normal text-slate-600 dark:text-slate-400">
            ({prov("linksSplit", { count: useCases.length, article: useCases.filter((u) => u.basis === "article").length })})
          </span>
        </h2>
        <UseCaseList
          useCases={useCases}
          locale={locale}
          extra={(slug) => (
            <p className="mt-2">
              <BasisBadge basis={useCases.find((u) => u.slug === slug)?.basis ?? "editorial"} />
            </p>
          )}
        />
      </section>
      ) : null}

      {techniques.length > 0 ? (
      <section aria-labelledby="domain-techniques" className="mt-8">
        <h2 id="domain-techniques" className="mb-3 text-xl font-semibold">{t("techniquesUsed")}</h2>
        <ChipLinks label={t("techniquesUsed")} kind="technique" locale={locale} items={techniques.map((x) => ({ item: x.item, count: x.count, article: x.article }))} />
      </section>
      ) : null}

      {challenges.length > 0 ? (
      <section aria-labelledby="domain-challenges" className="mt-8">
        <h2 id="domain-challenges" className="mb-3 text-xl font-semibold">{t("challengesHere")}</h2>
        <ChipLinks label={t("challengesHere")} kind="challenge" locale={locale} items={challenges.map((x) => ({ item: x.item, count: x.count, article: x.article }))} />
        <p className="mt-2 text-sm">
          <Link href="/challenges">{nav("challenges")}</Link>
        </p>
      </section>
      ) : null}

      {alsoUsedIn.length > 0 ? (
      <section aria-labelledby="domain-also" className="mt-8">
        <h2 id="domain-also" className="mb-3 text-xl font-semibold">{t("alsoUsedIn")}</h2>
          <>
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{t("alsoUsedInIntro", { domain: name.text })}</p>
            <ul className="space-y-2">
              {alsoUsedIn.map(({ domain: other, techniques: shared, basis }) => (
                <li key={other.slug}>
                  <Link href={`/domains/${other.slug}`} className="font-medium">
                    <Localized value={pick(other.nameZh, other.nameEn, locale)} />
                  </Link>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {t("sharedVia", { techniques: shared.map((s) => pick(s.nameZh, s.nameEn, locale).text).join(locale === "zh" ? "、" : ", ") })}
                  </span>{" "}
                  <BasisBadge basis={basis} />
                </li>
              ))}
            </ul>
          </>
      </section>
      ) : null}
      <SuggestEditLink entity="domain" slug={domain.slug} />
    </article>
  );
}
