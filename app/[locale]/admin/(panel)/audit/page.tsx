import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { inputClass, labelClass, secondaryButtonClass, tableClass, tdClass, thClass } from "@/components/admin/styles";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { AUDIT_ACTIONS } from "@/lib/auth/audit-actions";
import { listAudit } from "@/lib/editing/list-audit";
import { parseAuditQuery } from "@/lib/schemas/audit-query";
import { ENTITY_TYPES } from "@/lib/schemas/entity-types";
import { guardedRead } from "../../_lib/read";
import { ScrollRegion } from "@/components/admin/scroll-region";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  const query = parseAuditQuery(await searchParams);
  const loaded = await guardedRead(locale, () => listAudit(query));
  if (loaded.forbidden) return <Forbidden />;
  const { rows, total, page, pageCount } = loaded.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const pageHref = (p: number) =>
    `/admin/audit?${new URLSearchParams({ action: query.action, actor: query.actor, entityType: query.entityType, from: query.from, to: query.to, page: String(p) }).toString()}`;

  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("audit.title")}</h1>
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t("audit.intro")}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("list.filters")}>
        <div>
          <label htmlFor="audit-action" className={labelClass}>{t("audit.action")}</label>
          <select id="audit-action" name="action" defaultValue={query.action} className={inputClass}>
            <option value="all">{t("audit.allActions")}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className={labelClass}>{t("audit.actor")}</label>
          <input id="audit-actor" name="actor" defaultValue={query.actor} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-type" className={labelClass}>{t("audit.entityType")}</label>
          <select id="audit-type" name="entityType" defaultValue={query.entityType} className={inputClass}>
            <option value="">{t("list.all")}</option>
            {[...ENTITY_TYPES, "user", "catalog"].map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>{t("audit.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>{t("audit.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>{t("list.apply")}</button>
      </form>
      <p className="mb-2 text-sm" role="status">{t("audit.count", { count: total })}</p>
      <ScrollRegion label={t("audit.title")}>
        <table className={tableClass}>
          <caption className="sr-only">{t("audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("audit.time")}</th>
              <th scope="col" className={thClass}>{t("audit.actor")}</th>
              <th scope="col" className={thClass}>{t("audit.action")}</th>
              <th scope="col" className={thClass}>{t("audit.entity")}</th>
              <th scope="col" className={thClass}>{t("audit.summary")}</th>
              <th scope="col" className={thClass}>{t("audit.ip")}</th>
              <th scope="col" className={thClass}>{t("audit.userAgent")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className={`${tdClass} whitespace-nowrap`}>{format.dateTime(new Date(r.createdAt), { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className={`${tdClass} break-all`}>{r.actorEmail || "—"}</td>
                <td className={`${tdClass} font-mono text-xs`}>{r.action}</td>
                <td className={tdClass}>{r.entityType ? `${r.entityType}${r.entityId ? ` #${r.entityId}` : ""}` : "—"}</td>
                <td className={`${tdClass} break-words`}>{r.summary}</td>
                <td className={`${tdClass} font-mono text-xs`}>{r.ip || "—"}</td>
                <td className={`${tdClass} max-w-64 truncate text-xs`} title={r.userAgent}>{r.userAgent || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {pageCount > 1 ? (
        <nav aria-label={t("list.pagination")} className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("list.previous")}</Link> : null}
          <span>{t("list.page", { page, pages: pageCount })}</span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>{t("list.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
