"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { stripLocale } from "@/i18n/localize-href";

type SwitchProps = { label: string; ariaLabel: string; current: "en" | "zh"; target: "en" | "zh" };

/**
 * Links to the same page in the other language, keeping the path and the query. It reads the URL in the browser
 * (the root layout does not know it) with next/navigation only, so it adds no next-intl client code.
 */
export function LanguageSwitch(props: SwitchProps) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  );
}

function SwitchWithQuery(props: SwitchProps) {
  const search = useSearchParams().toString();
  return <SwitchLink {...props} search={search ? `?${search}` : ""} />;
}

function SwitchLink({ label, ariaLabel, current, target, search }: SwitchProps & { search: string }) {
  const rest = stripLocale(usePathname(), current);
  return (
    // A full navigation on purpose: the other language needs its own <html lang> and messages.
    <a
      href={`/${target}${rest === "/" ? "" : rest}${search}`}
      hrefLang={target}
      lang={target}
      aria-label={ariaLabel}
      className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-md border border-slate-300 px-3 py-1 text-sm no-underline hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {label}
    </a>
  );
}
