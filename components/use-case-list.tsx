import { Link } from "@/i18n/navigation";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { Localized } from "./localized";

type UseCaseSummary = {
  slug: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  domain?: { slug: string; nameZh: string; nameEn: string };
};

export function UseCaseList({ useCases, locale, extra }: { useCases: UseCaseSummary[]; locale: AppLocale; extra?: (slug: string) => React.ReactNode }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {useCases.map((u) => (
        // One link per card: the title's link covers the whole card (a stretched ::after), so nothing is nested.
        <li key={u.slug} className="card relative transition-colors focus-within:ring-2 focus-within:ring-accent-600 hover:border-accent-600 dark:focus-within:ring-accent-300 dark:hover:border-accent-300">
          <h3 className="font-semibold">
            <Link href={`/use-cases/${u.slug}`} className="after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:outline-none">
              <Localized value={pick(u.titleZh, u.titleEn, locale)} />
            </Link>
          </h3>
          {u.domain ? (
            <p className="mt-1 text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              <Localized value={pick(u.domain.nameZh, u.domain.nameEn, locale)} />
            </p>
          ) : null}
          <Localized as="p" className="mt-2 text-sm text-slate-700 dark:text-slate-300" value={pick(u.summaryZh, u.summaryEn, locale)} />
          {extra ? extra(u.slug) : null}
        </li>
      ))}
    </ul>
  );
}
