import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/**
 * A link from a passage to the entry drawn from it. Hover or keyboard focus shows which entry in a small popover;
 * the same words are part of the link's accessible name (a visually hidden span), so screen readers hear them too.
 */
export function EntityMark({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="group relative rounded-sm bg-sky-100 px-0.5 text-inherit underline decoration-sky-600 decoration-2 underline-offset-4 hover:bg-sky-200 dark:bg-sky-900/60 dark:decoration-sky-300 dark:hover:bg-sky-800"
    >
      {children}
      <span className="sr-only"> ({label})</span>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute left-0 top-full z-20 mt-1 hidden w-max max-w-[16rem] rounded bg-slate-900 px-2 py-1 text-xs font-normal leading-snug text-white shadow-lg group-hover:block group-focus:block dark:bg-slate-100 dark:text-slate-900"
      >
        {label}
      </span>
    </Link>
  );
}
