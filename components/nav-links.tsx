"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";

export type NavGroup = { key: string; label: string; items: Array<{ href: string; label: string }> };

/**
 * Main navigation; marks the current section with aria-current. Below the xl breakpoint the links sit behind a menu
 * button (a disclosure: aria-expanded, Escape closes and returns focus, following a link or clicking outside closes);
 * from xl up they are one row and the button is hidden.
 */
export function NavLinks({ label, menuLabel, groups }: { label: string; menuLabel: string; groups: NavGroup[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const panelId = useId();

  // A navigation (a link followed, Back) closes the menu.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (nav.current && !nav.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <nav ref={nav} aria-label={label} className="ml-auto flex items-center xl:ml-0 xl:flex-1">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 items-center gap-2 whitespace-nowrap rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 xl:hidden dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {/* The name stays "Menu"; aria-expanded says whether it is open (the icon turns into a cross). */}
        <span>{menuLabel}</span>
      </button>
      <div
        id={panelId}
        className={`${open ? "block" : "hidden"} absolute inset-x-0 top-full z-40 max-h-[calc(100vh-4rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pb-4 shadow-lg sm:px-6 xl:static xl:z-auto xl:block xl:max-h-none xl:overflow-visible xl:border-0 xl:bg-transparent xl:p-0 xl:shadow-none dark:border-slate-800 dark:bg-slate-950 xl:dark:bg-transparent`}
      >
        <div className="mx-auto grid max-w-6xl gap-4 pt-3 sm:grid-cols-2 xl:flex xl:gap-3 xl:pt-0">
          {groups.map((group) => (
            <div key={group.key} role="group" aria-labelledby={`${panelId}-${group.key}`}>
              <p id={`${panelId}-${group.key}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 xl:sr-only dark:text-slate-400">
                {group.label}
              </p>
              <ul className="flex flex-col xl:flex-row xl:gap-x-3 xl:text-sm">
                {group.items.map((item) => {
                  const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
                  return (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        aria-current={current ? "page" : undefined}
                        className={`flex min-h-11 items-center whitespace-nowrap xl:min-h-0 ${
                          current
                            ? "font-semibold text-slate-900 underline decoration-2 underline-offset-4 dark:text-white"
                            : "text-slate-700 dark:text-slate-300"
                        }`}
                      >
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </nav>
  );
}
