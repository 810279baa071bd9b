import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/password-forms";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { resetTokenState } from "@/lib/auth/account-password";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/reset-password">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.account" });
  return { title: t("resetTitle"), referrer: "no-referrer" };
}

/**
 * The one-time link `npm run admin:reset-password` prints (issue 14). Opening it changes nothing; the form sets a new
 * password, which uses the token up and ends every session of the account.
 */
export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/admin/reset-password">) {
  await pageLocale(params);
  const t = await getTranslations("admin.account");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const state = await resetTokenState(token);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 id="reset-title" className="mb-2 text-2xl font-bold">{t("resetTitle")}</h1>
      {state === "valid" ? (
        <>
          <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">{t("resetIntro")}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p role="alert">{state === "expired" ? t("linkExpired") : t("linkInvalid")}</p>
          <p className="mt-3"><Link href="/admin/sign-in" className="underline">{t("toSignIn")}</Link></p>
        </>
      )}
    </div>
  );
}
