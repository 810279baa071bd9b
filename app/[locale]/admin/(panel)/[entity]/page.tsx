import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { AdminTable } from "@/components/admin/admin-table";
import { StatusBadge, TranslationBadge } from "@/components/admin/badges";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "@/components/admin/styles";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { listEntries } from "@/lib/editing/list-entries";
import { LIST_SORTS, LIST_STATUSES, LIST_TRANSLATIONS, parseListQuery } from "@/lib/schemas/admin-list-query";
import { entityTypeOfSegment } from "@/lib/schemas/entity-types";
import { guardedRead } from "../../_lib/read";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/[entity]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const type = entityTypeOfSegment((await params).entity);
  if (!type) return {};
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t(`entities.${type}.plural`) };
}

export default async function EntityListPage({ params, searchParams }: PageProps<"/[locale]/admin/[entity]">) {
  const locale = await pageLocale(params);
  const { entity } = await params;
  const type = entityTypeOfSegment(entity);
  if (!type) notFound();
  const query = parseListQuery(await searchParams);
  const result = await guardedRead(locale, () => listEntries(type, query));
  if (result.forbidden) notFound();
  const { rows, total, page, pageCount } = result.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const base = `/admin/${entity}`;
  const pageHref = (p: number) => {
    const params = new URLSearchParams({ q: query.q, status: query.status, translation: query.translation, sort: query.sort, page: String(p) });
    return `${base}?${params.toString()}`;
  };

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t(`entities.${type}.plural`)}</h1>
        <Link href={`${base}/new`} className={`${buttonClass} no-underline hover:no-underline`}>
          {t("list.new", { entity: t(`entities.${type}.singular`) })}
        </Link>
      </div>

      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("list.filters")}>
        <div>
          <label htmlFor="list-q" className={labelClass}>{t("list.search")}</label>
          <input id="list-q" name="q" type="search" defaultValue={query.q} className={`${inputClass} w-64`} />
        </div>
        <div>
          <label htmlFor="list-status" className={labelClass}>{t("list.status")}</label>
          <select id="list-status" name="status" defaultValue={query.status} className={inputClass}>
            {LIST_STATUSES.map((s) => (
              <option key={s} value={s}>{s === "all" ? t("list.all") : t(`options.status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-translation" className={labelClass}>{t("list.translation")}</label>
          <select id="list-translation" name="translation" defaultValue={query.translation} className={inputClass}>
            {LIST_TRANSLATIONS.map((s) => (
              <option key={s} value={s}>{t(`list.translations.${s}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-sort" className={labelClass}>{t("list.sort")}</label>
          <select id="list-sort" name="sort" defaultValue={query.sort} className={inputClass}>
            {LIST_SORTS.map((s) => (
              <option key={s} value={s}>{t(`list.sorts.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>{t("list.apply")}</button>
      </form>

      <p className="mb-2 text-sm" role="status">{t("list.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <AdminTable
          caption={t(`entities.${type}.plural`)}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("list.title"),
              rowHeader: true,
              className: "break-words",
              cell: (row) => (
                <>
                  <Link href={`${base}/${row.id}`}>{row.titleEn || row.titleZh || row.slug}</Link>
                  {row.titleEn && row.titleZh ? <span lang="zh" className="block text-xs font-normal text-slate-600 dark:text-slate-400">{row.titleZh}</span> : null}
                </>
              ),
            },
            { header: t("fields.slug"), className: "font-mono text-xs break-all", cell: (row) => row.slug },
            { header: t("fields.status"), cell: (row) => <StatusBadge status={row.status} /> },
            { header: t("list.translation"), cell: (row) => <TranslationBadge status={row.translation} /> },
            { header: t("list.updated"), cell: (row) => format.dateTime(new Date(row.updatedAt), { dateStyle: "medium", timeStyle: "short" }) },
            { header: t("list.version"), cell: (row) => row.version },
            {
              header: t("list.actions"),
              hideHeader: true,
              className: "whitespace-nowrap",
              cell: (row) => {
                const name = row.titleEn || row.titleZh || row.slug;
                return (
                  <>
                    <Link href={`${base}/${row.id}/history`} aria-label={t("list.historyOf", { name })}>{t("list.history")}</Link>
                    {" · "}
                    <Link href={`${base}/${row.id}/preview`} aria-label={t("list.previewOf", { name })}>{t("list.preview")}</Link>
                  </>
                );
              },
            },
          ]}
        />
      )}
      <AdminPagination page={page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
