import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { pageLocale } from "@/i18n/page-locale";
import { currentActor } from "@/lib/auth/guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sign-in">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("admin.signIn");
  const home = `/${locale}/admin`;
  const requested = (await searchParams).next;
  // Only admin paths of this locale: never an open redirect.
  const next = typeof requested === "string" && requested.startsWith(`${home}/`) && !requested.startsWith("//") ? requested : home;
  if (await currentActor()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <SignInForm next={next} />
    </div>
  );
}
