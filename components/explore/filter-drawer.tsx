"use client";

// Below 640 px the explorer shows its results first; the filter panel opens as a modal dialog from a "Filters" button
// (with the number of active filters). The dialog is labelled by its heading, keeps focus inside (the rest of the page
// is inert and Tab wraps), closes on Esc, on its close button and on "Show N results", and on closing returns focus
// to the button and shows the results from their top. From 640 px up the same panel is the side column: one panel in
// the page, never two copies of the checkboxes.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useExploreState } from "./explore-state";
import { RESULTS_TOP_ID } from "./ids";
import { FACETS } from "@/lib/schemas/explore-params";

/** Where the side panel starts (Tailwind's `sm`); below it the panel is a dialog. */
const WIDE_QUERY = "(min-width: 640px)";
const PANEL_ID = "explore-filter-panel";

interface Drawer {
  open: boolean;
  show(): void;
  close(): void;
  buttonRef: React.RefObject<HTMLButtonElement | null>;
}

const Context = createContext<Drawer | null>(null);

function useDrawer(): Drawer {
  const drawer = useContext(Context);
  if (!drawer) throw new Error("useDrawer must be used inside <FilterDrawerProvider>");
  return drawer;
}

export function FilterDrawerProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const returning = useRef(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    returning.current = true;
    setOpen(false);
  }, []);

  // Once the dialog is gone (the page no longer inert), focus goes back to the button and the results show from
  // their top.
  useEffect(() => {
    if (open || !returning.current) return;
    returning.current = false;
    buttonRef.current?.focus({ preventScroll: true });
    document.getElementById(RESULTS_TOP_ID)?.scrollIntoView({ block: "start" });
  }, [open]);

  // Turning the phone (or widening the window) past the breakpoint puts the panel back in the page.
  useEffect(() => {
    const wide = window.matchMedia(WIDE_QUERY);
    const onChange = () => {
      if (wide.matches) setOpen(false);
    };
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);

  const value = useMemo(() => ({ open, show, close, buttonRef }), [open, show, close]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function FunnelIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 shrink-0">
      <path d="M3 4.5A1.5 1.5 0 0 1 4.5 3h11A1.5 1.5 0 0 1 17 4.5v1.1a1.5 1.5 0 0 1-.44 1.06L12 11.2V16a1 1 0 0 1-1.45.9l-2-1A1 1 0 0 1 8 15v-3.8L3.44 6.66A1.5 1.5 0 0 1 3 5.6V4.5Z" />
    </svg>
  );
}

/** Phones only: opens the filter dialog. Its name carries the number of active filters. */
export function FiltersButton({ label, activeLabel }: { label: string; /** "{count} active" */ activeLabel: string }) {
  const { open, show, buttonRef } = useDrawer();
  const { selected } = useExploreState();
  const count = FACETS.reduce((n, f) => n + selected[f].length, 0);
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={PANEL_ID}
      onClick={show}
      className="inline-flex min-h-11 items-center gap-2 whitespace-nowrap rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-50 sm:hidden dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
    >
      <FunnelIcon />
      {label}
      {count > 0 ? (
        <>
          <span aria-hidden="true" className="rounded-full bg-accent-700 px-2 py-0.5 text-xs text-white">
            {count}
          </span>
          <span className="sr-only">({activeLabel.replace("{count}", String(count))})</span>
        </>
      ) : null}
    </button>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Makes everything outside `el` inert (siblings of it and of each ancestor up to <body>); returns the undo. */
function makeOutsideInert(el: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement = el; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
  }
  return () => changed.forEach((s) => (s.inert = false));
}

export interface FilterPanelLabels {
  heading: string;
  close: string;
  /** "Show N results", with the live count. */
  showResults: string;
  clearAll: string;
}

/** The filter panel: a side column from 640 px up; below, hidden until the Filters button opens it as a dialog. */
export function FilterPanel({ labels, updating, children }: { labels: FilterPanelLabels; updating: string; children: ReactNode }) {
  const { open, close } = useDrawer();
  const { clearAll, pending } = useExploreState();
  const panelRef = useRef<HTMLElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const undoInert = makeOutsideInert(panel);
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    closeRef.current?.focus();
    return () => {
      undoInert();
      root.style.overflow = overflow;
    };
  }, [open]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    if (!open) return;
    if (e.key === "Escape") {
      // Esc in a facet's filter box first clears what was typed there (the browser's own behaviour).
      if (e.target instanceof HTMLInputElement && e.target.type === "search" && e.target.value !== "") return;
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== "Tab" || !panelRef.current) return;
    const focusable = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <section
      id={PANEL_ID}
      ref={panelRef}
      aria-labelledby="explore-filters"
      {...(open ? { role: "dialog", "aria-modal": true } : {})}
      onKeyDown={onKeyDown}
      className={
        open
          ? "fixed inset-0 z-50 flex flex-col bg-white dark:bg-slate-950"
          : "hidden sm:block sm:border-r sm:border-slate-200 sm:pr-6 dark:sm:border-slate-800"
      }
    >
      <div className={open ? "flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-1 dark:border-slate-800" : ""}>
        <h2 id="explore-filters" className="text-xl font-semibold">
          {labels.heading}
        </h2>
        {open ? (
          <button ref={closeRef} type="button" onClick={close} aria-label={labels.close} className="inline-flex h-11 w-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        ) : null}
      </div>
      <div className={open ? "min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-2" : ""}>{children}</div>
      {open ? (
        <div className="flex items-center gap-3 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] dark:border-slate-800 dark:bg-slate-950">
          <button type="button" onClick={clearAll} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
            {labels.clearAll}
          </button>
          <button type="button" onClick={close} className={`inline-flex min-h-11 flex-1 items-center justify-center whitespace-nowrap rounded-md bg-accent-700 px-4 text-sm font-semibold text-white hover:bg-accent-600 ${pending ? "opacity-70" : ""}`}>
            {labels.showResults}
          </button>
          {/* The rest of the page is inert while the dialog is open, so the count is announced from here. */}
          <span role="status" className="sr-only">
            {pending ? updating : labels.showResults}
          </span>
        </div>
      ) : null}
    </section>
  );
}
