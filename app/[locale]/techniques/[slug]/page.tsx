import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleSteps } from "@/components/article/article-steps";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExplorerLink } from "@/components/explorer-link";
import { Formula } from "@/components/formula";
import { LAB_TECHNIQUES, LabEmbed } from "@/components/lab/lab-embed";
import { Localized } from "@/components/localized";
import { EditorialSection } from "@/components/editorial-section";
import { Markdown } from "@/components/markdown";
import { NotesList } from "@/components/notes-list";
import { SourceRef } from "@/components/source-ref";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getTechnique } from "@/lib/catalog/techniques";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";
import { SuggestEditLink } from "@/components/suggest/suggest-edit-link";

// Rendered on first request, then cached until the catalog changes (see app/[locale]/layout.tsx).
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/techniques/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getTechnique(slug);
  if (!data) return {};
  const tech = data.technique;
  return pageMetadata({
    locale,
    path: `/techniques/${tech.slug}`,
    title: pick(tech.nameZh, tech.nameEn, locale).text,
    description: pick(tech.summaryZh, tech.summaryEn, locale).text,
  });
}

export default async function TechniquePage({ params }: PageProps<"/[locale]/techniques/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getTechnique(slug);
  if (!data) notFound();
  const { technique: tech, useCases, domains, notes, workflowSteps } = data;
  const t = await getTranslations("techniques");
  const common = await getTranslations("common");
  const nav = await getTranslations("nav");
  const prov = await getTranslations("provenance");
  const name = pick(tech.nameZh, tech.nameEn, locale);
  const body = pick(tech.bodyZh, tech.bodyEn, locale);
  const sep = locale === "zh" ? "、" : ", ";

  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: nav("home") }, { href: "/techniques", label: nav("techniques") }, { label: name.text }]} />
      <p className="text-sm uppercase tracking-wide text-slate-600 dark:text-slate-400">{t(`category.${tech.category as "field"}`)}</p>
      <Localized as="h1" className="text-3xl font-bold" value={name} />
      <Localized as="p" className="mt-2 text-lg text-slate-700 dark:text-slate-300" value={pick(tech.summaryZh, tech.summaryEn, locale)} />
      <p className="mt-2">
        <SourceRef source={tech.source} />
      </p>
      <ExplorerLink kind="technique" slug={tech.slug} count={useCases.length} className="mt-4" />
      {tech.formula ? <Formula tex={tech.formula} label={`${common("formula")}: ${name.text}`} /> : null}
      {body.text ? <Markdown lang={body.lang}>{body.text}</Markdown> : null}
      <EditorialSection text={pick(tech.editorialZh, tech.editorialEn, locale)} />
      {LAB_TECHNIQUES.has(tech.slug) ? <LabEmbed slug={tech.slug} locale={locale} /> : null}
      {tech.slug === "regression" ? <ArticleSteps locale={locale} /> : null}

      {workflowSteps.length > 0 ? (
        <section aria-labelledby="workflow" className="mt-8">
          <h2 id="workflow" className="text-xl font-semibold">{t("workflow")}</h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("workflowIntro")}</p>
          <ol className="space-y-3">
            {workflowSteps.map((step) => (
              <li key={step.id} className="card flex gap-3">
                <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent-600 text-sm font-semibold text-white">
                  {step.position}
                </span>
                <div>
                  <Localized as="h3" className="font-semibold" value={pick(step.nameZh, step.nameEn, locale)} />
                  <Localized as="p" className="text-sm" value={pick(step.summaryZh, step.summaryEn, locale)} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <BasisLegend className="mt-8" />
      {domains.length > 0 ? (
      <section aria-labelledby="tech-domains" className="mt-4">
        <h2 id="tech-domains" className="mb-3 text-xl font-semibold">{t("domainsUsing")}</h2>
          <ul className="flex flex-wrap gap-2">
            {domains.map(({ domain, count, article }) => (
              <li key={domain.slug} className="chip">
                <Link href={`/domains/${domain.slug}`}>
                  <Localized value={pick(domain.nameZh, domain.nameEn, locale)} />
                </Link>
                <span className="text-xs text-slate-600 dark:text-slate-400">({prov("linksSplit", { count, article })})</span>
                <BasisBadge basis={article > 0 ? "article" : "editorial"} />
              </li>
            ))}
          </ul>
      </section>
      ) : null}

      {domains.length >= 2 ? (
        <section aria-labelledby="tech-bridges" className="mt-8">
          <h2 id="tech-bridges" className="mb-2 text-xl font-semibold">{t("bridges")}</h2>
          <p>{t("bridgeText", { domains: domains.map((d) => pick(d.domain.nameZh, d.domain.nameEn, locale).text).join(sep) })}</p>
        </section>
      ) : null}

      {useCases.length > 0 ? (
      <section aria-labelledby="tech-use-cases" className="mt-8">
        <h2 id="tech-use-cases" className="mb-3 text-xl font-semibold">{t("useCasesUsing")}</h2>
          <>
          <ul className="space-y-2">
            {useCases.map((u) => (
              <li key={u.slug} className="flex flex-wrap items-center gap-2">
                <Link href={`/use-cases/${u.slug}`}>
                  <Localized value={pick(u.titleZh, u.titleEn, locale)} />
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  (<Localized value={pick(u.domain.nameZh, u.domain.nameEn, locale)} />)
                </span>
                <BasisBadge basis={u.linkBasis} />
              </li>
            ))}
          </ul>
          </>
      </section>
      ) : null}

      <NotesList notes={notes} locale={locale} />
      <SuggestEditLink entity="technique" slug={tech.slug} />
    </article>
  );
}
