import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { embedSetup } from "./embed-config";
import { LabMount } from "./lab-mount";

export { LAB_TECHNIQUES } from "./embed-config";

/** The compact lab on a technique page (regression, activation and loss pages only). */
export async function LabEmbed({ slug, locale }: { slug: string; locale: Locale }) {
  const setup = embedSetup(slug);
  if (!setup) return null;
  const t = await getTranslations({ locale, namespace: "lab.embed" });
  return (
    <section aria-labelledby="lab-embed-heading" className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="lab-embed-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <LabMount locale={locale} mode="compact" initialConfig={setup.config} focus={setup.focus} />
    </section>
  );
}
