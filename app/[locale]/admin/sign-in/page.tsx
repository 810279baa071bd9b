import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/next-path";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sign-in">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("admin.signIn");
  // Only admin paths of this locale, of safe characters: never an open redirect, never an invalid Location header.
  const next = safeNextPath((await searchParams).next, locale);
  if (await currentActor()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <SignInForm next={next} />
    </div>
  );
}
