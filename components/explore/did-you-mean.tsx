// "Did you mean …?": when a search finds nothing, the suggested queries, each one link to the explorer with that query
// (and the same filters).
import { getTranslations } from "next-intl/server";

export async function DidYouMean({ suggestions }: { suggestions: Array<{ text: string; href: string }> }) {
  if (suggestions.length === 0) return null;
  const t = await getTranslations("search");
  return (
    <p className="mt-3 text-base">
      <span className="font-medium">{t("didYouMean")}</span>{" "}
      {suggestions.map((s, i) => (
        <span key={s.href}>
          {i > 0 ? t("or") : null}
          <a href={s.href} className="font-semibold">
            {s.text}
          </a>
        </span>
      ))}
      {t("didYouMeanEnd")}
    </p>
  );
}
