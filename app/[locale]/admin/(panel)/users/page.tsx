import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { Forbidden } from "@/components/admin/forbidden";
import { AdminTable } from "@/components/admin/admin-table";
import { CreateUserForm, RoleChanger } from "@/components/admin/user-forms";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/list-users";
import { deleteUserAction, setUserDisabledAction } from "@/lib/actions/users";
import { guardedRead } from "../../_lib/read";

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
      <div className="mb-8">
        <AdminTable
          caption={t("users.title")}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: t("fields.email"), className: "break-all", cell: (u) => `${u.email}${u.id === actor?.userId ? ` ${t("users.you")}` : ""}` },
            { header: t("fields.name"), className: "break-words", cell: (u) => u.name },
            {
              header: t("fields.role"),
              cell: (u) => (u.id === actor?.userId ? t(`roles.${u.role === "admin" ? "admin" : "editor"}`) : <RoleChanger userId={u.id} email={u.email} role={u.role} />),
            },
            {
              header: t("users.state"),
              cell: (u) => (
                <>
                  <span>{u.disabled ? t("users.disabled") : t("users.active")}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{t("users.sessions", { count: u.activeSessions })}</span>
                </>
              ),
            },
            { header: t("users.createdAt"), cell: (u) => format.dateTime(new Date(u.createdAt), { dateStyle: "medium" }) },
            {
              header: t("list.actions"),
              hideHeader: true,
              className: "space-y-1",
              cell: (u) =>
                u.id === actor?.userId ? null : (
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
                ),
            },
          ]}
        />
      </div>
      <CreateUserForm />
    </div>
  );
}
