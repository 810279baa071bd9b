import { getTranslations } from "next-intl/server";
import { creditsFor } from "@/lib/suggestions/status";

/** "Suggested by NAME": the readers whose accepted suggestions asked to be credited on this entry. */
export async function SuggestedBy({ entity, id, locale }: { entity: string; id: number; locale: "en" | "zh" }) {
  const names = await creditsFor(entity, id);
  if (names.length === 0) return null;
  const t = await getTranslations("suggest");
  return <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">{t("suggestedBy", { names: names.join(locale === "zh" ? "、" : ", ") })}</p>;
}
