"use client";

import { useLocale } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

/** Links to the same page in the other language, keeping the path and the query. */
export function LanguageSwitch(props: { label: string; ariaLabel: string; target: "en" | "zh" }) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  );
}

function SwitchWithQuery(props: { label: string; ariaLabel: string; target: "en" | "zh" }) {
  const search = useSearchParams().toString();
  return <SwitchLink {...props} search={search ? `?${search}` : ""} />;
}

function SwitchLink({ label, ariaLabel, target, search }: { label: string; ariaLabel: string; target: "en" | "zh"; search: string }) {
  const pathname = usePathname();
  const locale = useLocale();
  const rest = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), "");
  return (
    // A full navigation on purpose: the other language needs its own <html lang> and messages.
    <a
      href={`/${target}${rest}${search}`}
      hrefLang={target}
      lang={target}
      aria-label={ariaLabel}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm no-underline hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {label}
    </a>
  );
}
