"use client";

import { useParams, usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import { useMemo } from "react";
import { localizeHref, stripLocale } from "./localize-href";
import { routing } from "./routing";

// A client module because server pages import i18n/navigation.ts (for Link) and Next forbids these hooks there.
// The locale-aware hooks next-intl's createNavigation gives, for what this app uses (string hrefs). Ours need no
// next-intl client runtime; createNavigation would add its Link (and with it use-intl) to every page that imports
// this module, even one that never renders it.

function useRouteLocale(): string {
  return useParams<{ locale?: string }>()?.locale ?? routing.defaultLocale;
}

/** The current path without its locale: "/en/domains" → "/domains". */
export function usePathname(): string {
  const locale = useRouteLocale();
  return stripLocale(useNextPathname(), locale);
}

/** next/navigation's router whose push/replace/prefetch take paths inside the current locale ("/admin" → "/en/admin"). */
export function useRouter(): ReturnType<typeof useNextRouter> {
  const router = useNextRouter();
  const locale = useRouteLocale();
  return useMemo(
    () => ({
      ...router,
      push: (href, options) => router.push(localizeHref(href, locale), options),
      replace: (href, options) => router.replace(localizeHref(href, locale), options),
      prefetch: (href, options) => router.prefetch(localizeHref(href, locale), options),
    }),
    [router, locale],
  );
}
