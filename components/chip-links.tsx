import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { entityHref, type EntityKind } from "@/lib/links/entity-href";
import { BasisBadge } from "./basis-badge";
import { Localized } from "./localized";

type Named = { slug: string; nameZh: string; nameEn: string };

/**
 * A list of linked entities as chips, each optionally with its basis and a count. Every chip is a link to the
 * entity's page (techniques, domains) or its card (mechanisms on /fusion, challenges on /challenges). With `article`
 * (how many of the `count` links the article itself states) the count says what it is made of, "3 (1 stated in the
 * article)", and a chip none of whose links the article states carries the Editorial badge (issue 13).
 */
export async function ChipLinks({
  items,
  kind,
  locale,
  label,
}: {
  items: Array<{ item: Named; basis?: string; count?: number; article?: number }>;
  kind: EntityKind;
  locale: AppLocale;
  label: string;
}) {
  const t = await getTranslations("provenance");
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {items.map(({ item, basis: given, count, article }) => {
        const basis = given ?? (article === undefined ? undefined : article > 0 ? "article" : "editorial");
        return (
        <li key={item.slug} className="chip">
          <Link href={entityHref(kind, item.slug)}>
            <Localized value={pick(item.nameZh, item.nameEn, locale)} />
          </Link>
          {count !== undefined ? (
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {article === undefined ? `(${count})` : `(${t("linksSplit", { count, article })})`}
            </span>
          ) : null}
          {basis ? <BasisBadge basis={basis} /> : null}
        </li>
        );
      })}
    </ul>
  );
}
