import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { DiffView } from "@/components/admin/diff-view";
import { AdminTable } from "@/components/admin/admin-table";
import { secondaryButtonClass } from "@/components/admin/styles";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { summarizeRevision, type SummaryWords } from "@/lib/diff/revision-summary";
import { diffSnapshots } from "@/lib/diff/snapshot-diff";
import { entryHistory } from "@/lib/editing/entry-history";
import { getEntry } from "@/lib/editing/get-entry";
import { relationOptions } from "@/lib/editing/relation-options";
import { entityTypeOfSegment } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { revertEntryAction } from "@/lib/actions/entries";
import { guardedRead } from "../../../../_lib/read";
import { messageOr } from "@/i18n/message-or";
import { suggestionsBehindVersions } from "@/lib/suggestions/moderate";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/[entity]/[id]/history">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.history" });
  return { title: t("titleShort") };
}

function version(raw: string | string[] | undefined): number | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && /^\d{1,9}$/.test(v) ? Number(v) : null;
}

export default async function HistoryPage({ params, searchParams }: PageProps<"/[locale]/admin/[entity]/[id]/history">) {
  const locale = await pageLocale(params);
  const { entity, id: rawId } = await params;
  const type = entityTypeOfSegment(entity);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  if (!type || id === null) notFound();
  const loaded = await guardedRead(locale, async () => ({
    entry: await getEntry(type, id),
    revisions: await entryHistory(type, id),
    options: await relationOptions(),
    fromSuggestions: await suggestionsBehindVersions(type, id),
  }));
  if (loaded.forbidden || !loaded.data.entry) notFound();
  const { entry, revisions, options, fromSuggestions } = loaded.data;
  const ts = await getTranslations("admin.suggestions");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const def = ENTITIES[type];
  const name = String(entry.values[def.titleFields[1]] || entry.values[def.titleFields[0]] || entry.slug);

  const query = await searchParams;
  const latest = revisions[0];
  const toVersion = version(query.to) ?? latest?.version ?? null;
  const fromVersion = version(query.from) ?? revisions.find((r) => toVersion !== null && r.version < toVersion)?.version ?? null;
  const to = revisions.find((r) => r.version === toVersion);
  // Each row's summary compares it with the revision before it (revisions are newest first).
  const h = await getTranslations("admin.historySummary");
  const shortLabel = (field: string) => messageOr(t, `fields.${field}`, field).replace(/\s*[（(][^（(]*[)）]$/, "");
  const words: SummaryWords = {
    field: shortLabel,
    option: (field, value) => messageOr(t, `options.${field}.${value}`, value),
    created: h("created"),
    trashed: h("trashed"),
    restored: h("restored"),
    unchanged: h("unchanged"),
  };
  const from = revisions.find((r) => r.version === fromVersion);
  // Each row with the revision before it (revisions are newest first), for its summary and its diff link.
  const rows = revisions.map((revision, i) => ({ revision, previous: revisions[i + 1] }));

  return (
    <div>
      <p className="mb-2 text-sm"><Link href={`/admin/${entity}/${id}`}>← {t("history.backToEditor")}</Link></p>
      <h1 className="mb-4 text-2xl font-bold">{t("history.title", { name })}</h1>
      {revisions.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <form method="get">
          <AdminTable
            caption={t("history.revisions")}
            captionVisible
            rows={rows}
            rowKey={(row) => row.revision.id}
            columns={[
              {
                header: t("history.version"),
                rowHeader: true,
                cell: ({ revision: r }) => (
                  <>
                    {r.version}
                    {r.version === entry.version ? <span className="ml-1 text-xs">({t("history.current")})</span> : null}
                  </>
                ),
              },
              {
                header: t("history.compareFrom"),
                cell: ({ revision: r }) => (
                  <input type="radio" name="from" value={r.version} defaultChecked={r.version === fromVersion} aria-label={t("history.fromVersion", { version: r.version })} />
                ),
              },
              {
                header: t("history.compareTo"),
                cell: ({ revision: r }) => (
                  <input type="radio" name="to" value={r.version} defaultChecked={r.version === toVersion} aria-label={t("history.toVersion", { version: r.version })} />
                ),
              },
              {
                header: t("history.action"),
                cell: ({ revision: r }) => {
                  const suggestion = fromSuggestions.get(r.version);
                  return (
                    <>
                      {messageOr(t, `history.actions.${r.action}`, r.action)}
                      {suggestion !== undefined ? (
                        <>
                          {" · "}
                          <Link href={`/admin/suggestions/${suggestion}`}>{ts("fromSuggestion", { id: suggestion })}</Link>
                        </>
                      ) : null}
                    </>
                  );
                },
              },
              {
                header: h("column"),
                cell: ({ revision: r, previous }) => (
                  <>
                    {summarizeRevision(previous ? previous.snapshot : null, r.snapshot, words)}{" "}
                    <Link
                      href={`/admin/${entity}/${id}/history?${previous ? `from=${previous.version}&` : ""}to=${r.version}#diff-title`}
                      className="whitespace-nowrap underline"
                    >
                      {h("showDiff")}
                      <span className="sr-only"> ({h("showDiffLabel", { version: r.version })})</span>
                    </Link>
                  </>
                ),
              },
              { header: t("history.author"), className: "break-all", cell: ({ revision: r }) => r.authorEmail || t("history.system") },
              {
                header: t("history.time"),
                cell: ({ revision: r }) => format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "medium" }),
              },
              {
                header: t("list.actions"),
                hideHeader: true,
                cell: ({ revision: r }) =>
                  r.version !== entry.version && !entry.deleted ? (
                    <ActionButton
                      action={revertEntryAction.bind(null, type, id, entry.version, r.id)}
                      label={t("history.restore")}
                      ariaLabel={t("history.restoreVersion", { version: r.version })}
                      confirmLabel={t("history.restoreConfirm", { version: r.version })}
                      success={t("history.restored", { version: r.version })}
                    />
                  ) : null,
              },
            ]}
          />
          <button type="submit" className={`${secondaryButtonClass} mt-3`}>{t("history.compare")}</button>
        </form>
      )}
      {to ? (
        <section aria-labelledby="diff-title" className="mt-8">
          <h2 id="diff-title" className="mb-3 text-xl font-semibold">
            {from ? t("history.diffTitle", { from: from.version, to: to.version }) : t("history.diffFirst", { to: to.version })}
          </h2>
          <DiffView changes={diffSnapshots(from ? from.snapshot : null, to.snapshot)} options={options} />
        </section>
      ) : null}
    </div>
  );
}
