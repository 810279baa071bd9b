"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** Main navigation; marks the current section with aria-current. */
export function NavLinks({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={
                current
                  ? "font-semibold text-slate-900 underline decoration-2 underline-offset-4 dark:text-white"
                  : "text-slate-700 dark:text-slate-300"
              }
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
