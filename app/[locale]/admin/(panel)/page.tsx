import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { messageOr } from "@/i18n/message-or";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { dashboard } from "@/lib/editing/dashboard";
import { isEntityType, SEGMENTS } from "@/lib/schemas/entity-types";
import { guardedRead } from "../_lib/read";
import { pendingSuggestionCount } from "@/lib/suggestions/moderate";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.nav" });
  return { title: t("dashboard") };
}

export default async function AdminDashboardPage({ params }: PageProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  const loaded = await guardedRead(locale, async () => ({ ...(await dashboard()), pendingSuggestions: await pendingSuggestionCount() }));
  if (loaded.forbidden) return null;
  const { stats, recent, pendingSuggestions } = loaded.data;
  const t = await getTranslations("admin");
  const ts = await getTranslations("admin.suggestions");
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("nav.dashboard")}</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("dashboard.intro")}</p>
      </div>
      <AdminTable
        caption={t("dashboard.content")}
        captionVisible
        rows={stats}
        rowKey={(s) => s.type}
        columns={[
          { header: t("dashboard.entity"), rowHeader: true, cell: (s) => <Link href={`/admin/${SEGMENTS[s.type]}`}>{t(`entities.${s.type}.plural`)}</Link> },
          { header: t("dashboard.total"), cell: (s) => s.total },
          { header: t("dashboard.drafts"), cell: (s) => (s.drafts > 0 ? <Link href={`/admin/${SEGMENTS[s.type]}?status=draft`}>{s.drafts}</Link> : 0) },
          {
            header: t("dashboard.missingZh"),
            cell: (s) => (s.missingZh > 0 ? <Link href={`/admin/${SEGMENTS[s.type]}?translation=missing-zh`}>{s.missingZh}</Link> : 0),
          },
          {
            header: t("dashboard.missingEn"),
            cell: (s) => (s.missingEn > 0 ? <Link href={`/admin/${SEGMENTS[s.type]}?translation=missing-en`}>{s.missingEn}</Link> : 0),
          },
          { header: t("dashboard.trashed"), cell: (s) => s.trashed },
        ]}
      />
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title" className="mb-2 text-xl font-semibold">{ts("dashboard")}</h2>
        <p>
          <Link className="underline underline-offset-2" href="/admin/suggestions">{ts("dashboardCount", { count: pendingSuggestions })}</Link>
        </p>
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-2 text-xl font-semibold">{t("dashboard.recent")}</h2>
        {recent.length === 0 ? (
          <p>{t("dashboard.noRecent")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {recent.map((r) => (
              <li key={r.id}>
                {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {isEntityType(r.entityType) ? (
                  <Link className="underline underline-offset-2" href={`/admin/${SEGMENTS[r.entityType]}/${r.entityId}/history`}>
                    {t(`entities.${r.entityType}.singular`)} #{r.entityId} v{r.version}
                  </Link>
                ) : (
                  `${r.entityType} #${r.entityId}`
                )}{" "}
                · {messageOr(t, `history.actions.${r.action}`, r.action)} · {r.authorEmail || t("history.system")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
