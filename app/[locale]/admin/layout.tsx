import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";

// Signed-in pages: rendered per request, never from the public pages' cache.
export const dynamic = "force-dynamic";

// The admin is not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The admin's client components translate in the browser (useTranslations("admin.…")); this provider hands them the
 * "admin" messages, and the import form's "importTimeout" ones. The root layout has no provider, so public pages load
 * no next-intl client code.
 */
export default async function AdminRootLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  const messages = await getMessages({ locale });
  return <NextIntlClientProvider messages={{ admin: messages.admin ?? {}, importTimeout: messages.importTimeout ?? {} }}>{children}</NextIntlClientProvider>;
}
