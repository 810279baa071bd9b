import { pick, type AppLocale } from "@/lib/i18n/localize";
import { Localized } from "./localized";
import { SourceRef } from "./source-ref";

type SimpleRow = { id: number; slug: string; nameZh: string; nameEn: string; summaryZh: string; summaryEn: string; source: string };

/** A titled section of simple entities (mechanisms, advantages, drivers, trends) as cards. */
export function SimpleSection({ id, title, rows, locale, footer }: { id: string; title: string; rows: SimpleRow[]; locale: AppLocale; footer?: (row: SimpleRow) => React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-2xl font-semibold">{title}</h2>
      <ul className="grid gap-4 sm:grid-cols-3">
        {rows.map((row) => (
          <li key={row.id} id={row.slug} className="card target:ring-2 target:ring-accent-600 dark:target:ring-accent-300">
            <Localized as="h3" className="font-semibold" value={pick(row.nameZh, row.nameEn, locale)} />
            <Localized as="p" className="mt-2 text-sm" value={pick(row.summaryZh, row.summaryEn, locale)} />
            <p className="mt-2">
              <SourceRef source={row.source} />
            </p>
            {footer ? footer(row) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
