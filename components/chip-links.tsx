import { Link } from "@/i18n/navigation";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { BasisBadge } from "./basis-badge";
import { Localized } from "./localized";

type Named = { slug: string; nameZh: string; nameEn: string };

/** A list of linked entities as chips, each optionally with its basis and a count. */
export function ChipLinks({
  items,
  base,
  locale,
  label,
}: {
  items: Array<{ item: Named; basis?: string; count?: number }>;
  base: string | null;
  locale: AppLocale;
  label: string;
}) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {items.map(({ item, basis, count }) => (
        <li key={item.slug} className="chip">
          {base ? (
            <Link href={`${base}/${item.slug}`}>
              <Localized value={pick(item.nameZh, item.nameEn, locale)} />
            </Link>
          ) : (
            <Localized value={pick(item.nameZh, item.nameEn, locale)} />
          )}
          {count !== undefined ? <span className="text-xs text-slate-600 dark:text-slate-400">({count})</span> : null}
          {basis ? <BasisBadge basis={basis} /> : null}
        </li>
      ))}
    </ul>
  );
}
