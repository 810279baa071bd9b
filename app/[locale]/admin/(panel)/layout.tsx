import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionNoticeProvider } from "@/components/admin/action-notice";
import { AdminMenu } from "@/components/admin/admin-menu";
import { AdminNav, type AdminNavGroup } from "@/components/admin/admin-nav";
import { secondaryButtonClass } from "@/components/admin/styles";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { ENTITY_TYPES, SEGMENTS } from "@/lib/schemas/entity-types";
import { signOutAction } from "@/lib/actions/sign-out";
import { pendingSuggestionCount } from "@/lib/suggestions/moderate";

/**
 * The admin shell. Without a session it sends the visitor to sign in; that is a convenience only: every admin read
 * and every action calls the guard itself (lib/auth/guard.ts).
 */
export default async function AdminPanelLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  const actor = await currentActor();
  if (!actor) redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations("admin");
  const ts = await getTranslations("admin.suggestions");
  const pending = await pendingSuggestionCount();
  const groups: AdminNavGroup[] = [
    {
      label: t("nav.overview"),
      items: [
        { href: "/admin", label: t("nav.dashboard") },
        { href: "/admin/suggestions", label: pending > 0 ? ts("navCount", { count: pending }) : ts("nav") },
      ],
    },
    { label: t("nav.content"), items: ENTITY_TYPES.map((type) => ({ href: `/admin/${SEGMENTS[type]}`, label: t(`entities.${type}.plural`) })) },
    { label: t("nav.maintenance"), items: [{ href: "/admin/trash", label: t("nav.trash") }, { href: "/admin/account", label: t("account.nav") }] },
  ];
  if (actor.role === "admin") {
    groups.push({
      label: t("nav.administration"),
      items: [
        { href: "/admin/users", label: t("nav.users") },
        { href: "/admin/audit", label: t("nav.audit") },
        { href: "/admin/import-export", label: t("nav.importExport") },
      ],
    });
  }
  return (
    <div className="grid gap-4 md:gap-6 md:grid-cols-[13rem_minmax(0,1fr)]">
      <aside className="md:border-r md:border-slate-200 md:pr-4 dark:md:border-slate-800">
        <AdminMenu label={t("form.menu")}>
          <p className="mb-1 text-sm font-semibold">{t("shell.title")}</p>
          <p className="mb-3 break-all text-xs text-slate-700 dark:text-slate-300">
            {t("shell.signedInAs", { email: actor.email, role: t(`roles.${actor.role}`) })}
          </p>
          <form action={signOutAction.bind(null, locale)} className="mb-4">
            <button type="submit" className={secondaryButtonClass}>{t("shell.signOut")}</button>
          </form>
          <AdminNav label={t("nav.label")} groups={groups} />
        </AdminMenu>
      </aside>
      <div className="min-w-0">
        <ActionNoticeProvider>{children}</ActionNoticeProvider>
      </div>
    </div>
  );
}
