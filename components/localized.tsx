import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/i18n/localize";

/** Renders localized text; a fallback to the other language gets the right `lang` and a visible marker. */
export async function Localized({ value, as: Tag = "span", className }: { value: LocalizedText; as?: "span" | "p" | "h1" | "h2" | "h3" | "div"; className?: string }) {
  if (!value.fallback) return <Tag className={className}>{value.text}</Tag>;
  const t = await getTranslations("site");
  return (
    <Tag className={className}>
      <span lang={value.lang}>{value.text}</span>{" "}
      <span
        title={t("fallbackTitle")}
        className="ml-1 inline-block rounded border border-amber-400 px-1 align-middle text-xs font-normal text-amber-800 dark:border-amber-500 dark:text-amber-300"
      >
        {t("fallbackBadge")}
      </span>
    </Tag>
  );
}
