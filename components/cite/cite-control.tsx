"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { CiteInput } from "@/lib/cite/format";

export interface CiteLabels {
  cite: string;
  plain: string;
  bibtex: string;
  csl: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

type Format = "plain" | "bibtex" | "csl";
const FORMATS: Format[] = ["plain", "bibtex", "csl"];

/**
 * "Cite" / "引用": a disclosure with the page's citation as plain text, BibTeX and CSL-JSON, each in a read-only text
 * box (selectable, the fallback) with a one-click copy button and a visible confirmation. The access date is the
 * moment the panel opens, in the reader's browser (the page itself is cached). The formatters load on first open, so
 * the page's first-load JavaScript carries only the button.
 */
export function CiteControl({ input, labels }: { input: Omit<CiteInput, "accessed" | "updated"> & { updated: string }; labels: CiteLabels }) {
  const [open, setOpen] = useState(false);
  const [texts, setTexts] = useState<Record<Format, string> | null>(null);
  const [status, setStatus] = useState<{ format: Format; ok: boolean } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  async function fill() {
    const { bibtex, cslJson, plainCitation } = await import("@/lib/cite/format");
    const full: CiteInput = { ...input, updated: new Date(input.updated), accessed: new Date() };
    setTexts({ plain: plainCitation(full), bibtex: bibtex(full), csl: cslJson(full) });
  }

  async function copy(format: Format) {
    if (!texts) return;
    try {
      await navigator.clipboard.writeText(texts[format]);
      setStatus({ format, ok: true });
    } catch {
      setStatus({ format, ok: false });
    }
  }

  return (
    <div className="mt-4">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) void fill();
          setStatus(null);
          setOpen((o) => !o);
        }}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M4 5h4v4H6c0 2 1 3 2 3.5V14c-2.5-.5-4-2.5-4-5V5zm8 0h4v4h-2c0 2 1 3 2 3.5V14c-2.5-.5-4-2.5-4-5V5z" />
        </svg>
        {labels.cite}
      </button>
      <div id={panelId} hidden={!open} className="mt-3 space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        {open && texts
          ? FORMATS.map((format) => {
              const fieldId = `${panelId}-${format}`;
              const name = labels[format];
              return (
                <div key={format}>
                  <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
                    <label htmlFor={fieldId} className="font-semibold">
                      {name}
                    </label>
                    <button
                      type="button"
                      onClick={() => copy(format)}
                      className="inline-flex min-h-11 items-center rounded-md bg-accent-600 px-3 text-sm font-medium text-white hover:bg-accent-700"
                    >
                      {labels.copy} {name}
                    </button>
                  </div>
                  <textarea
                    id={fieldId}
                    readOnly
                    value={texts[format]}
                    rows={format === "plain" ? 3 : format === "bibtex" ? 11 : 8}
                    onFocus={(e) => e.currentTarget.select()}
                    className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
                  />
                </div>
              );
            })
          : null}
        <p role="status" className="min-h-5 text-sm font-medium">
          {status ? (status.ok ? labels.copied.replace("{format}", labels[status.format]) : labels.copyFailed) : ""}
        </p>
      </div>
    </div>
  );
}
