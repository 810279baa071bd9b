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
        <li key={u.slug} className="card">
          <h3 className="font-semibold">
            <Link href={`/use-cases/${u.slug}`}>
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
