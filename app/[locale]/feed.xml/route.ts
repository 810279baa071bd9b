// /{locale}/feed.xml: RSS 2.0 of recently added or updated published use cases, with absolute links (APP_URL).
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { recentUseCases } from "@/lib/catalog/feed";
import { catalogVersionStatus } from "@/lib/cache/version";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { rss } from "@/lib/export/rss";
import { pick } from "@/lib/i18n/localize";
import { STALE_HEADER, STALE_VALUE } from "@/lib/http/outage-page";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }) {
  const { locale } = await context.params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getTranslations({ locale, namespace: "feed" });
  const base = siteUrl();
  let useCases: Awaited<ReturnType<typeof recentUseCases>>;
  try {
    useCases = await recentUseCases();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // Not in the cache and no database to read it from: 503 with Retry-After, never a 500.
    return new Response("The feed cannot be read right now: the database is unreachable. Try again in a few seconds.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store", [STALE_HEADER]: STALE_VALUE },
    });
  }
  const xml = rss({
    title: t("title"),
    link: `${base}/${locale}`,
    selfLink: `${base}/${locale}/feed.xml`,
    description: t("description"),
    language: locale === "zh" ? "zh-CN" : "en",
    items: useCases.map((u) => ({
      title: pick(u.titleZh, u.titleEn, locale).text,
      link: `${base}/${locale}/use-cases/${u.slug}`,
      guid: `${base}/${locale}/use-cases/${u.slug}#v${u.version}`,
      description: pick(u.summaryZh, u.summaryEn, locale).text,
      category: pick(u.domain.nameZh, u.domain.nameEn, locale).text,
      pubDate: u.updatedAt,
    })),
  });
  const stale: Record<string, string> = catalogVersionStatus().error !== null ? { [STALE_HEADER]: STALE_VALUE } : {};
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "no-cache", ...stale } });
}
