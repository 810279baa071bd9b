import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized";
import { Markdown } from "@/components/markdown";
import { NotesList } from "@/components/notes-list";
import { SourceRef } from "@/components/source-ref";
import { pageLocale } from "@/i18n/page-locale";
import { listResources } from "@/lib/catalog/pages";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";

const KINDS = ["book", "paper", "venue", "blog", "site", "framework", "data-tool", "version-control"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/resources">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "resources" });
  return pageMetadata({ locale, path: "/resources", title: t("title"), description: t("description") });
}

export default async function ResourcesPage({ params }: PageProps<"/[locale]/resources">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("resources");
  const common = await getTranslations("common");
  const { resources, notes } = await listResources();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {KINDS.map((kind) => {
        const rows = resources.filter((r) => r.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="mb-3 text-2xl font-semibold">{t(`kind.${kind}`)}</h2>
            <ul className="grid gap-4 sm:grid-cols-2">
              {rows.map((r) => {
                const note = pick(r.verificationNoteZh, r.verificationNoteEn, locale);
                const credit = pick(r.creditZh, r.creditEn, locale);
                return (
                  <li key={r.id} id={r.slug} className="card">
                    <h3 className="font-semibold">
                      {r.url ? (
                        <a href={r.url} rel="noopener noreferrer">
                          <Localized value={pick(r.nameZh, r.nameEn, locale)} />
                        </a>
                      ) : (
                        <Localized value={pick(r.nameZh, r.nameEn, locale)} />
                      )}
                    </h3>
                    {credit.text ? <Localized as="p" className="text-sm text-slate-600 dark:text-slate-400" value={credit} /> : null}
                    <Localized as="p" className="mt-2 text-sm" value={pick(r.summaryZh, r.summaryEn, locale)} />
                    {!r.verified ? (
                      <p className="mt-2 inline-block rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200">
                        {common("unverified")}
                      </p>
                    ) : null}
                    {note.text ? (
                      <div className="mt-2 text-sm">
                        <Markdown lang={note.lang}>{note.text}</Markdown>
                      </div>
                    ) : null}
                    <p className="mt-2">
                      <SourceRef source={r.source} />
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <NotesList notes={notes} locale={locale} />
    </>
  );
}
