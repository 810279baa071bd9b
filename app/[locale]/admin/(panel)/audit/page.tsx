import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { AdminTable } from "@/components/admin/admin-table";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/admin/styles";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/auth/audit-actions";
import { userAgentLabel } from "@/lib/auth/user-agent-label";
import { listAudit, type AuditRow } from "@/lib/editing/list-audit";
import { parseAuditQuery } from "@/lib/schemas/audit-query";
import { ENTITY_TYPES, isEntityType, SEGMENTS } from "@/lib/schemas/entity-types";
import { guardedRead } from "../../_lib/read";

/** Audit rows about these are not catalog entries: a user account (its email is the summary), the whole catalog. */
const OTHER_TYPES = ["user", "catalog"] as const;
/** Where an audit row about one of them leads. */
const OTHER_PAGES: Record<(typeof OTHER_TYPES)[number], string> = { user: "/admin/users", catalog: "/admin/import-export" };

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
  const typeName = (type: string) =>
    isEntityType(type) ? t(`entities.${type}.singular`) : type === "user" || type === "catalog" ? t(`auditLog.entityTypes.${type}`) : type;
  // The entry an event is about, linked to its edit page and its history (not after a purge: it is gone).
  const entityCell = (r: AuditRow) => {
    if (!r.entityType) return "—";
    const type = r.entityType;
    if (!isEntityType(type)) {
      const known = OTHER_TYPES.find((o) => o === type);
      return known ? <Link href={OTHER_PAGES[known]}>{typeName(type)}</Link> : typeName(type);
    }
    const entity = r.entityId ? t("auditLog.entityRef", { entity: typeName(type), id: r.entityId }) : typeName(type);
    if (!r.entityId || r.action === "content.purge") return entity;
    const base = `/admin/${SEGMENTS[type]}/${r.entityId}`;
    return (
      <>
        <Link href={base} className="block" aria-label={t("auditLog.editOf", { entity })}>{entity}</Link>
        <Link href={`${base}/history`} className="text-xs" aria-label={t("auditLog.historyOf", { entity })}>{t("auditLog.history")}</Link>
      </>
    );
  };
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
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`auditLog.actions.${a}`)}</option>)}
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
            {[...ENTITY_TYPES, ...OTHER_TYPES].map((e) => <option key={e} value={e}>{typeName(e)}</option>)}
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
      <AdminTable
        caption={t("audit.title")}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: t("audit.time"), cell: (r) => format.dateTime(new Date(r.createdAt), { dateStyle: "short", timeStyle: "medium" }) },
          { header: t("auditLog.who"), className: "break-all sm:min-w-32", cell: (r) => r.actorEmail || "—" },
          { header: t("auditLog.what"), cell: (r) => (isAuditAction(r.action) ? t(`auditLog.actions.${r.action}`) : <code>{r.action}</code>) },
          { header: t("audit.entity"), cell: entityCell },
          { header: t("audit.summary"), className: "break-words", cell: (r) => r.summary },
          {
            header: t("auditLog.client"),
            cell: (r) => (
              <>
                <span className="block font-mono text-xs">{r.ip || "—"}</span>
                {r.userAgent ? (
                  <details className="text-xs">
                    <summary className="cursor-pointer">
                      {userAgentLabel(r.userAgent)}
                      <span className="sr-only"> {t("auditLog.userAgentShow")}</span>
                    </summary>
                    <p className="mt-1 break-all font-mono">{r.userAgent}</p>
                  </details>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <AdminPagination page={page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
