"use client";

import { useId, useState, type ReactNode } from "react";
import { secondaryButtonClass } from "./styles";

/**
 * The admin's side panel (who is signed in, sign out, navigation). On wide screens it is always shown; on phones it
 * collapses behind a disclosure button so the page's content (the form) comes first. Following a link closes it.
 */
export function AdminMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <button
        type="button"
        className={`${secondaryButtonClass} md:hidden`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        {label}
      </button>
      <div
        id={id}
        className={`${open ? "mt-3 block" : "hidden"} md:mt-0 md:block`}
        onClick={(e) => {
          if ((e.target as Element).closest("a")) setOpen(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape" && open) {
            setOpen(false);
            (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
