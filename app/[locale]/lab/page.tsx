import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleSteps } from "@/components/article/article-steps";
import { LabMount } from "@/components/lab/lab-mount";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/lab">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "lab.page" });
  return pageMetadata({ locale, path: "/lab", title: t("title"), description: t("description") });
}

export default async function LabPage({ params }: PageProps<"/[locale]/lab">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("lab.page");
  return (
    <article>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <noscript>
        <p className="mt-4 rounded border border-amber-500 p-3">{t("noscript")}</p>
      </noscript>
      <LabMount locale={locale} mode="full" />
      {/* Below the lab: laid out only when it nears the screen (the lab's load relays the page out). */}
      <div className="[contain-intrinsic-size:auto_900px] [content-visibility:auto]">
        <ArticleSteps locale={locale} />
      </div>
    </article>
  );
}
