"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { localizeHref } from "./localize-href";
import { routing } from "./routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * A link to a path inside the current language ("/domains" → "/en/domains"), for the plain string hrefs this app
 * uses. next-intl's `Link` does the same but needs its client runtime (use-intl with its message parser, about
 * 12 kB gzip) and a provider on every page, only to read the locale; this reads the route's `[locale]` segment.
 */
export function LocaleLink({ href, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  return <NextLink href={localizeHref(href, params?.locale ?? routing.defaultLocale)} {...rest} />;
}
