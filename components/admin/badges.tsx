import { useTranslations } from "next-intl";
import type { TranslationStatus } from "@/lib/schemas/translation";

const base = "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium";

/** Draft or published; works in server and client components. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("admin.options.status");
  const published = status === "published";
  return (
    <span className={`${base} ${published ? "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300" : "border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300"}`}>
      {published ? t("published") : t("draft")}
    </span>
  );
}

/** Complete, missing zh, missing en, or missing both (an empty entry). */
export function TranslationBadge({ status }: { status: TranslationStatus }) {
  const t = useTranslations("admin.translation");
  const form = useTranslations("admin.form");
  if (!status.missingZh && !status.missingEn) {
    return <span className={`${base} border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300`}>{t("complete")}</span>;
  }
  if (status.missingZh && status.missingEn) {
    return <span className={`${base} border-red-700 text-red-800 dark:border-red-400 dark:text-red-300`}>{form("missingBoth")}</span>;
  }
  return (
    <span className="inline-flex flex-wrap gap-1">
      {status.missingZh ? <span className={`${base} border-red-700 text-red-800 dark:border-red-400 dark:text-red-300`}>{t("missingZh")}</span> : null}
      {status.missingEn ? <span className={`${base} border-red-700 text-red-800 dark:border-red-400 dark:text-red-300`}>{t("missingEn")}</span> : null}
    </span>
  );
}
