import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SlashShortcut } from "@/components/slash-shortcut";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/seo/site-url";
import "../globals.css";

// Public pages are rendered on their first request and then served from the page cache (ISR with
// lib/cache/page-cache-handler.mjs) until the catalog version moves: nothing is prerendered at build time, so the build
// needs no database. The explorer (query string) and the admin (session) opt out and render per request.
export function generateStaticParams(): Array<{ locale: string }> {
  return [];
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    alternates: { types: { "application/rss+xml": `/${locale}/feed.xml` } },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: header, footer and content pages are translated on the server, so they
            load no next-intl client code. Subtrees whose client components translate (lab, admin) have their own
            provider carrying only their namespace. */}
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <SlashShortcut />
      </body>
    </html>
  );
}
