// The use case's OpenGraph image, rendered at request time with the bundled Noto Sans SC font (no network).
// Next adds the og:image tags for this file to the page's metadata by itself.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { getUseCase } from "@/lib/catalog/use-cases";
import { pick } from "@/lib/i18n/localize";
import { cachedCard } from "@/lib/og/card-cache";
import { OG_SIZE, renderUseCaseCard } from "@/lib/og/use-case-card";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Fusion Atlas use case";

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  // Keyed on (locale, slug, catalog version): the query string never makes a new render.
  return cachedCard(locale, slug, async () => {
    const data = await getUseCase(slug);
    if (!data) notFound();
    const u = data.useCase;
    const site = await getTranslations({ locale, namespace: "site" });
    const title = pick(u.titleZh, u.titleEn, locale);
    return renderUseCaseCard({
      siteName: site("name"),
      domain: pick(u.domain.nameZh, u.domain.nameEn, locale).text,
      title: title.text,
      summary: pick(u.summaryZh, u.summaryEn, locale).text,
      lang: title.lang === "zh" ? "zh" : "en",
    });
  });
}
