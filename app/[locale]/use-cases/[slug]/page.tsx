import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import { BasisLegend } from "@/components/basis-legend";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChipLinks } from "@/components/chip-links";
import { CiteUseCase } from "@/components/cite/cite-use-case";
import { EditorialSection } from "@/components/editorial-section";
import { Localized } from "@/components/localized";
import { Markdown } from "@/components/markdown";
import { NotesList } from "@/components/notes-list";
import { SourceRef } from "@/components/source-ref";
import { UseCaseList } from "@/components/use-case-list";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getUseCase } from "@/lib/catalog/use-cases";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";
import { SuggestEditLink } from "@/components/suggest/suggest-edit-link";
import { SuggestedBy } from "@/components/suggest/suggested-by";

// Rendered on first request, then cached until the catalog changes (see app/[locale]/layout.tsx).
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/use-cases/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getUseCase(slug);
  if (!data) return {};
  const u = data.useCase;
  return pageMetadata({
    locale,
    path: `/use-cases/${u.slug}`,
    title: pick(u.titleZh, u.titleEn, locale).text,
    description: pick(u.summaryZh, u.summaryEn, locale).text,
  });
}

export default async function UseCasePage({ params }: PageProps<"/[locale]/use-cases/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const data = await getUseCase(slug);
  if (!data) notFound();
  const { useCase: u, notes, related } = data;
  const t = await getTranslations("useCase");
  const common = await getTranslations("common");
  const nav = await getTranslations("nav");
  const title = pick(u.titleZh, u.titleEn, locale);
  const domainName = pick(u.domain.nameZh, u.domain.nameEn, locale);
  const body = pick(u.bodyZh, u.bodyEn, locale);
  const list = (xs: Array<{ nameZh: string; nameEn: string }>) =>
    xs.map((x) => pick(x.nameZh, x.nameEn, locale).text).join(locale === "zh" ? "、" : ", ");

  const hasLinks = u.techniques.length + u.mechanisms.length + u.challenges.length > 0;
  return (
    <article>
      <Breadcrumbs
        items={[
          { href: "/", label: nav("home") },
          { href: "/domains", label: nav("domains") },
          { href: `/domains/${u.domain.slug}`, label: domainName.text },
          { label: title.text },
        ]}
      />
      <Localized as="h1" className="text-3xl font-bold" value={title} />
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <span>
          {common("domain")}:{" "}
          <Link href={`/domains/${u.domain.slug}`}>
            <Localized value={domainName} />
          </Link>
        </span>
        <span className="flex items-center gap-1">
          {common("basis")}: <BasisBadge basis={u.basis} />
        </span>
        <SourceRef source={u.source} externalUrl={u.externalUrl} />
      </div>
      <Localized as="p" className="mt-4 text-lg text-slate-700 dark:text-slate-300" value={pick(u.summaryZh, u.summaryEn, locale)} />
      <CiteUseCase slug={u.slug} title={title.text} updatedAt={u.updatedAt} locale={locale} />
      <SuggestedBy entity="use-case" id={u.id} locale={locale} />
      {body.text ? <Markdown lang={body.lang}>{body.text}</Markdown> : null}
      <EditorialSection text={pick(u.editorialZh, u.editorialEn, locale)} />

      {/* Only the link groups that have something in them: no empty "Fusion mechanisms" or "Challenges" headings. */}
      {hasLinks ? (
        <>
          <dl className="mt-8 grid gap-6 md:grid-cols-3">
            {u.techniques.length > 0 ? (
              <div>
                <dt className="mb-2 font-semibold">{common("techniques")}</dt>
                <dd>
                  <ChipLinks label={common("techniques")} kind="technique" locale={locale} items={u.techniques.map((l) => ({ item: l.technique, basis: l.basis }))} />
                </dd>
              </div>
            ) : null}
            {u.mechanisms.length > 0 ? (
              <div>
                <dt className="mb-2 font-semibold">{common("mechanisms")}</dt>
                <dd>
                  <ChipLinks label={common("mechanisms")} kind="mechanism" locale={locale} items={u.mechanisms.map((l) => ({ item: l.mechanism, basis: l.basis }))} />
                </dd>
              </div>
            ) : null}
            {u.challenges.length > 0 ? (
              <div>
                <dt className="mb-2 font-semibold">{common("challenges")}</dt>
                <dd>
                  <ChipLinks label={common("challenges")} kind="challenge" locale={locale} items={u.challenges.map((l) => ({ item: l.challenge, basis: l.basis }))} />
                </dd>
              </div>
            ) : null}
          </dl>
          <BasisLegend className="mt-4" />
        </>
      ) : null}
      <p className="mt-3 text-sm">
        <Link href="/fusion">{nav("fusion")}</Link> · <Link href="/challenges">{nav("challenges")}</Link>
      </p>

      {u.resources.length > 0 ? (
        <section aria-labelledby="uc-resources" className="mt-8">
          <h2 id="uc-resources" className="mb-3 text-xl font-semibold">{common("resources")}</h2>
          <ul className="list-disc pl-5">
            {u.resources.map(({ resource: r, basis }) => (
              <li key={r.slug}>
                <Link href={`/resources#${r.slug}`}>
                  <Localized value={pick(r.nameZh, r.nameEn, locale)} />
                </Link>{" "}
                <BasisBadge basis={basis} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <NotesList notes={notes} locale={locale} />

      {related.length > 0 ? (
      <section aria-labelledby="uc-related" className="mt-8">
        <h2 id="uc-related" className="mb-1 text-xl font-semibold">{t("related")}</h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("relatedIntro")}</p>
          <UseCaseList
            locale={locale}
            useCases={related.map((r) => r.useCase)}
            extra={(s) => {
              const entry = related.find((r) => r.useCase.slug === s);
              if (!entry) return null;
              // The article states the relation only if it states the shared technique on both sides.
              const stated = entry.shared.some((tech, i) => entry.sharedBases[i] === "article" && u.techniques.some((l) => l.techniqueId === tech.id && l.basis === "article"));
              return (
                <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                  {t("sharedTechniques", { techniques: list(entry.shared) })} <BasisBadge basis={stated ? "article" : "editorial"} />
                </p>
              );
            }}
          />
      </section>
      ) : null}
      <SuggestEditLink entity="use-case" slug={u.slug} />
    </article>
  );
}
