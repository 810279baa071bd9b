import { getTranslations } from "next-intl/server";
import { BasisBadge } from "./basis-badge";

/** The visible key to the "From the article" / "Editorial" badges, shown wherever those badges appear. */
export async function BasisLegend({ className = "" }: { className?: string }) {
  const t = await getTranslations("common");
  const chips = await getTranslations("chips");
  return (
    <div className={`flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300 ${className}`}>
      <span className="font-medium">{chips("legendLabel")}</span>
      <span className="flex items-center gap-1">
        <BasisBadge basis="article" /> {t("basisArticleHint")}
      </span>
      <span className="flex items-center gap-1">
        <BasisBadge basis="editorial" /> {t("basisEditorialHint")}
      </span>
    </div>
  );
}
