import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { SuggestibleType } from "@/lib/suggestions/schema";

/** "Suggest an edit" / "建议修改" on a public entity page: opens the suggestion form with the entry's current values. */
export async function SuggestEditLink({ entity, slug, className }: { entity: SuggestibleType; slug: string; className?: string }) {
  const t = await getTranslations("suggest");
  return (
    <p className={className ?? "mt-8 text-sm"}>
      <Link className="underline underline-offset-2" href={`/suggest?entity=${entity}&slug=${encodeURIComponent(slug)}`} rel="nofollow">
        {t("suggestEdit")}
      </Link>
    </p>
  );
}
