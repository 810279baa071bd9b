"use client";

import type { ReactNode } from "react";

/** A server-rendered KaTeX formula (trusted HTML from render-formulas.ts) with a caption. */
export function FormulaBox({ html, caption, children }: { html: string; caption: string; children?: ReactNode }) {
  return (
    <figure className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-900">
      <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-300">{caption}</figcaption>
      <div className="overflow-x-auto" dangerouslySetInnerHTML={{ __html: html }} />
      {children}
    </figure>
  );
}
