import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { publicUrl } from "@/lib/seo/public-url";
import { CiteControl } from "./cite-control";

/** "Cite" on a use-case page: the permanent URL under APP_URL, the entry's title and its last change. */
export async function CiteUseCase({ slug, title, updatedAt, locale }: { slug: string; title: string; updatedAt: Date; locale: Locale }) {
  const t = await getTranslations("cite");
  const site = await getTranslations("site");
  return (
    <CiteControl
      input={{ key: slug, title, siteName: site("name"), url: publicUrl(locale, `/use-cases/${slug}`), locale, updated: updatedAt.toISOString() }}
      labels={{
        cite: t("cite"),
        plain: t("plain"),
        bibtex: t("bibtex"),
        csl: t("csl"),
        copy: t("copy"),
        copied: t.raw("copied") as string,
        copyFailed: t("copyFailed"),
      }}
    />
  );
}
