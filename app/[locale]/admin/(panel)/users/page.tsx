import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { Forbidden } from "@/components/admin/forbidden";
import { tableClass, tdClass, thClass } from "@/components/admin/styles";
import { CreateUserForm, RoleChanger } from "@/components/admin/user-forms";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/list-users";
import { deleteUserAction, setUserDisabledAction } from "@/lib/actions/users";
import { guardedRead } from "../../_lib/read";
import { ScrollRegion } from "@/components/admin/scroll-region";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("title") };
}

/** Admin only (the reads and every action check it; editors see a refusal). */
export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const locale = await pageLocale(params);
  const loaded = await guardedRead(locale, async () => ({ users: await listUsers(), actor: await currentActor() }));
  if (loaded.forbidden) return <Forbidden />;
  const { users, actor } = loaded.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("users.title")}</h1>
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t("users.intro")}</p>
      <div className="mb-8"><ScrollRegion label={t("users.title")}>
        <table className={tableClass}>
          <caption className="sr-only">{t("users.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("fields.email")}</th>
              <th scope="col" className={thClass}>{t("fields.name")}</th>
              <th scope="col" className={thClass}>{t("fields.role")}</th>
              <th scope="col" className={thClass}>{t("users.state")}</th>
              <th scope="col" className={thClass}>{t("users.createdAt")}</th>
              <th scope="col" className={thClass}><span className="sr-only">{t("list.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === actor?.userId;
              return (
                <tr key={u.id}>
                  <td className={`${tdClass} break-all`}>{u.email}{self ? ` ${t("users.you")}` : ""}</td>
                  <td className={tdClass}>{u.name}</td>
                  <td className={tdClass}>{self ? t(`roles.${u.role === "admin" ? "admin" : "editor"}`) : <RoleChanger userId={u.id} email={u.email} role={u.role} />}</td>
                  <td className={tdClass}>
                    <span>{u.disabled ? t("users.disabled") : t("users.active")}</span>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{t("users.sessions", { count: u.activeSessions })}</span>
                  </td>
                  <td className={tdClass}>{format.dateTime(new Date(u.createdAt), { dateStyle: "medium" })}</td>
                  <td className={`${tdClass} space-y-1`}>
                    {self ? null : (
                      <>
                        <ActionButton
                          action={setUserDisabledAction.bind(null, u.id, !u.disabled)}
                          label={u.disabled ? t("users.enable") : t("users.disable")}
                          ariaLabel={`${u.disabled ? t("users.enable") : t("users.disable")} ${u.email}`}
                          success={u.disabled ? t("users.enabled") : t("users.disabledDone")}
                        />
                        <ActionButton
                          action={deleteUserAction.bind(null, u.id)}
                          label={t("users.delete")}
                          ariaLabel={`${t("users.delete")} ${u.email}`}
                          confirmLabel={t("users.deleteConfirm")}
                          success={t("users.deleted")}
                          danger
                        />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
        </div>
      <CreateUserForm />
    </div>
  );
}
