import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/localize";

/**
 * The home page's way into the explorer: a plain GET form to /{locale}/explore?q=… (works without JavaScript) and an
 * "Explore all use cases" button-link. The input carries data-slash-target so the site's "/" shortcut focuses it.
 */
export async function HeroSearch({ locale, total }: { locale: AppLocale; total: number }) {
  const t = await getTranslations("homeHero");
  return (
    <div className="mt-6 flex max-w-3xl flex-col gap-3 sm:flex-row sm:items-end">
      <form role="search" action={`/${locale}/explore`} method="get" className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="hero-q" className="text-sm font-medium">
          {t("searchLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="hero-q"
            name="q"
            type="search"
            maxLength={200}
            data-slash-target=""
            placeholder={t("searchPlaceholder")}
            aria-describedby="hero-q-hint"
            className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 whitespace-nowrap rounded-md bg-accent-600 px-4 font-medium text-white hover:bg-accent-700"
          >
            {t("searchButton")}
          </button>
        </div>
        <p id="hero-q-hint" className="text-xs text-slate-600 dark:text-slate-400">
          {t("searchHint")}
        </p>
      </form>
      <Link
        href="/explore"
        className="mb-5 inline-flex min-h-11 shrink-0 items-center justify-center whitespace-nowrap rounded-md border border-accent-600 px-4 font-medium no-underline hover:bg-accent-50 hover:no-underline dark:border-accent-300 dark:hover:bg-slate-800"
      >
        {t("exploreAll", { count: total })}
      </Link>
    </div>
  );
}
