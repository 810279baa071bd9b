"use client";

import { Link, usePathname } from "@/i18n/navigation";

export interface AdminNavGroup {
  label: string;
  items: Array<{ href: string; label: string }>;
}

/** The admin's side navigation; marks the current section with aria-current. */
export function AdminNav({ label, groups }: { label: string; groups: AdminNavGroup[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="text-sm">
      {groups.map((group) => (
        <div key={group.label} className="mb-4">
          <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{group.label}</h2>
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const current = item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={
                      current
                        ? "block rounded px-2 py-1 font-semibold text-slate-900 no-underline bg-slate-100 dark:bg-slate-800 dark:text-white"
                        : "block rounded px-2 py-1 text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
                    }
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
