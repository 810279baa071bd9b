import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { AdminTable } from "@/components/admin/admin-table";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { listTrash } from "@/lib/editing/list-trash";
import { purgeEntryAction, restoreEntryAction } from "@/lib/actions/entries";
import { guardedRead } from "../../_lib/read";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/trash">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.trash" });
  return { title: t("title") };
}

export default async function TrashPage({ params }: PageProps<"/[locale]/admin/trash">) {
  const locale = await pageLocale(params);
  const loaded = await guardedRead(locale, async () => ({ rows: await listTrash(), actor: await currentActor() }));
  if (loaded.forbidden) return null;
  const { rows, actor } = loaded.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("trash.title")}</h1>
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t("trash.intro")}</p>
      {rows.length === 0 ? (
        <p>{t("trash.empty")}</p>
      ) : (
        <AdminTable
          caption={t("trash.title")}
          rows={rows}
          rowKey={(row) => `${row.type}-${row.id}`}
          columns={[
            { header: t("list.title"), rowHeader: true, cell: (row) => row.titleEn || row.titleZh || row.slug },
            { header: t("trash.type"), cell: (row) => t(`entities.${row.type}.singular`) },
            { header: t("fields.slug"), className: "font-mono text-xs break-all", cell: (row) => row.slug },
            { header: t("trash.deletedAt"), cell: (row) => format.dateTime(new Date(row.deletedAt), { dateStyle: "medium", timeStyle: "short" }) },
            {
              header: t("list.actions"),
              hideHeader: true,
              className: "space-y-1",
              cell: (row) => {
                const name = row.titleEn || row.titleZh || row.slug;
                return (
                  <>
                    <ActionButton
                      action={restoreEntryAction.bind(null, row.type, row.id, row.version)}
                      label={t("trash.restore")}
                      ariaLabel={t("trash.restoreName", { name })}
                      success={t("results.restored")}
                    />
                    {actor?.role === "admin" ? (
                      <ActionButton
                        action={purgeEntryAction.bind(null, row.type, row.id)}
                        label={t("trash.purge")}
                        ariaLabel={t("trash.purgeName", { name })}
                        confirmLabel={t("trash.purgeConfirm")}
                        success={t("results.purged")}
                        danger
                      />
                    ) : null}
                  </>
                );
              },
            },
          ]}
        />
      )}
    </div>
  );
}
