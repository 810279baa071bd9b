import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ImportPanel } from "@/components/admin/import-panel";
import { buttonClass } from "@/components/admin/styles";
import { pageLocale } from "@/i18n/page-locale";
import { requireAdmin } from "@/lib/auth/guard";
import { guardedRead } from "../../_lib/read";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/import-export">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.io" });
  return { title: t("title") };
}

export default async function ImportExportPage({ params }: PageProps<"/[locale]/admin/import-export">) {
  const locale = await pageLocale(params);
  const allowed = await guardedRead(locale, () => requireAdmin());
  if (allowed.forbidden) return <Forbidden />;
  const t = await getTranslations("admin.io");
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="export-title">
        <h2 id="export-title" className="mb-2 text-xl font-semibold">{t("exportTitle")}</h2>
        <p className="mb-3 text-sm">{t("exportIntro")}</p>
        <a href="/api/admin/export" download className={`${buttonClass} no-underline hover:no-underline`}>{t("exportButton")}</a>
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title" className="mb-2 text-xl font-semibold">{t("importTitle")}</h2>
        <p className="mb-3 text-sm">{t("importIntro")}</p>
        <ImportPanel />
      </section>
    </div>
  );
}
