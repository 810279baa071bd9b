import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { explorerHref, type EntityKind } from "@/lib/links/entity-href";

/** "See the N use cases in the explorer": the way from an entity page into the explorer filtered on it. */
export async function ExplorerLink({ kind, slug, count, className = "" }: { kind: EntityKind; slug: string; count: number; className?: string }) {
  const t = await getTranslations("chips");
  if (count === 0) return null;
  return (
    <p className={className}>
      <Link
        href={explorerHref({ [kind]: slug })}
        className="inline-flex min-h-11 items-center gap-1 rounded-md border border-accent-600 px-3 py-2 text-sm font-medium no-underline hover:bg-accent-50 hover:no-underline dark:border-accent-300 dark:hover:bg-slate-800"
      >
        {t("seeInExplorer", { count })}
        <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
