import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { tableClass, tdClass, thClass } from "@/components/admin/styles";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { listTrash } from "@/lib/editing/list-trash";
import { purgeEntryAction, restoreEntryAction } from "@/lib/actions/entries";
import { guardedRead } from "../../_lib/read";
import { ScrollRegion } from "@/components/admin/scroll-region";

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
        <ScrollRegion label={t("trash.title")}>
          <table className={tableClass}>
            <caption className="sr-only">{t("trash.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("list.title")}</th>
                <th scope="col" className={thClass}>{t("trash.type")}</th>
                <th scope="col" className={thClass}>{t("fields.slug")}</th>
                <th scope="col" className={thClass}>{t("trash.deletedAt")}</th>
                <th scope="col" className={thClass}><span className="sr-only">{t("list.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = row.titleEn || row.titleZh || row.slug;
                return (
                  <tr key={`${row.type}-${row.id}`}>
                    <td className={tdClass}>{name}</td>
                    <td className={tdClass}>{t(`entities.${row.type}.singular`)}</td>
                    <td className={`${tdClass} font-mono text-xs`}>{row.slug}</td>
                    <td className={tdClass}>{format.dateTime(new Date(row.deletedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className={`${tdClass} space-y-1`}>
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
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
