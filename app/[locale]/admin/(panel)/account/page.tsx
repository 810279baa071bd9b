import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/password-forms";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/account">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.account" });
  return { title: t("title") };
}

/** The signed-in user's own account (issue 14): who they are, and their password. The action runs the guard. */
export default async function AccountPage({ params }: PageProps<"/[locale]/admin/account">) {
  await pageLocale(params);
  const t = await getTranslations("admin");
  const actor = await currentActor();
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("account.title")}</h1>
      {actor ? <p className="mb-6 text-sm">{t("shell.signedInAs", { email: actor.email, role: t(`roles.${actor.role}`) })}</p> : null}
      <ChangePasswordForm />
      <p className="mt-6 max-w-md text-sm text-slate-700 dark:text-slate-300">{t("account.forgotten")}</p>
    </div>
  );
}
