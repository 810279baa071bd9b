"use client";

// Facets as real, labelled checkboxes in fieldsets. Each value shows how many use cases it would give with the other
// active filters. Every facet, and every technique category, collapses and expands. A value that would give none
// (and is not selected) is folded behind "Show N more" instead of cluttering the list; once shown it stays disabled.
// A facet with many values gets a filter box. Rows are 44 px tall on phones and coarse pointers (touch targets).
import { useState } from "react";
import { useExploreState } from "./explore-state";
import { FACET_FILTER_BOX_THRESHOLD, foldFacetOptions } from "@/lib/explore/fold-facet-options";
import type { Facet } from "@/lib/schemas/explore-params";

export interface FacetOption {
  slug: string;
  label: string;
  /** Set when the label is in the other language (a missing translation). */
  lang?: string;
  count: number;
}

export interface FacetGroup {
  facet: Facet;
  legend: string;
  /** Sub-groups (techniques by category); a single unnamed group otherwise. */
  groups: Array<{ label: string | null; options: FacetOption[] }>;
}

export interface FacetPanelLabels {
  /** "Show {count} more" */
  showMore: string;
  showFewer: string;
  /** "Find in {facet}" */
  find: string;
  noMatch: string;
}

export function FacetPanel({ facets, labels }: { facets: FacetGroup[]; labels: FacetPanelLabels }) {
  return (
    <div className="divide-y divide-slate-200 dark:divide-slate-800">
      {facets.map((group) => (
        <FacetFieldset key={group.facet} group={group} labels={labels} />
      ))}
    </div>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 transition-transform ${open ? "rotate-180" : ""}`} fill="currentColor">
      <path fillRule="evenodd" d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" clipRule="evenodd" />
    </svg>
  );
}

const toggleClass =
  "flex min-h-11 w-full items-center justify-between gap-2 rounded text-left hover:bg-slate-50 sm:min-h-9 pointer-coarse:min-h-11 dark:hover:bg-slate-900";

function FacetFieldset({ group, labels }: { group: FacetGroup; labels: FacetPanelLabels }) {
  const { selected } = useExploreState();
  const [open, setOpen] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const [query, setQuery] = useState("");
  const bodyId = `facet-${group.facet}-body`;
  const chosen = selected[group.facet];
  const total = group.groups.reduce((n, g) => n + g.options.length, 0);
  const subs = group.groups.map((sub) => ({ sub, fold: foldFacetOptions(sub.options, chosen, { query, showAll }) }));
  const folded = subs.reduce((n, s) => n + s.fold.folded, 0);
  const matched = subs.reduce((n, s) => n + s.fold.matched, 0);
  return (
    <fieldset className="min-w-0 py-2">
      <legend className="w-full">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)} className={`${toggleClass} text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300`}>
          <span>
            {group.legend}
            {chosen.length > 0 ? (
              <span aria-hidden="true" className="ml-2 rounded-full bg-accent-700 px-1.5 py-0.5 text-xs font-semibold normal-case tracking-normal text-white">
                {chosen.length}
              </span>
            ) : null}
          </span>
          <Chevron open={open} />
        </button>
      </legend>
      <div id={bodyId} hidden={!open} className="pb-1">
        {total > FACET_FILTER_BOX_THRESHOLD ? (
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={labels.find.replace("{facet}", group.legend)}
            placeholder={labels.find.replace("{facet}", group.legend)}
            autoComplete="off"
            className="mb-2 mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base sm:text-sm dark:border-slate-700 dark:bg-slate-900"
          />
        ) : null}
        {subs.map(({ sub, fold }, i) =>
          sub.label ? (
            <SubGroup key={sub.label} facet={group.facet} index={i} label={sub.label} options={fold.visible} />
          ) : (
            <OptionList key={i} facet={group.facet} options={fold.visible} />
          ),
        )}
        {matched === 0 ? <p className="py-2 text-sm text-slate-600 dark:text-slate-400">{labels.noMatch}</p> : null}
        {folded > 0 ? (
          <button type="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)} className="mt-1 inline-flex min-h-11 items-center rounded px-1 text-sm font-medium text-accent-700 underline underline-offset-2 sm:min-h-8 pointer-coarse:min-h-11 dark:text-accent-300">
            {showAll ? labels.showFewer : labels.showMore.replace("{count}", String(folded))}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/** A technique category: a named, collapsible group; hidden while none of its values is shown. */
function SubGroup({ facet, index, label, options }: { facet: Facet; index: number; label: string; options: FacetOption[] }) {
  const [open, setOpen] = useState(true);
  const labelId = `${facet}-group-${index}`;
  const bodyId = `${facet}-group-${index}-body`;
  return (
    <div role="group" aria-labelledby={labelId} hidden={options.length === 0} className="mt-1">
      <button id={labelId} type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)} className={`${toggleClass} text-xs font-medium text-slate-600 dark:text-slate-400`}>
        {label}
        <Chevron open={open} />
      </button>
      <div id={bodyId} hidden={!open}>
        <OptionList facet={facet} options={options} />
      </div>
    </div>
  );
}

function OptionList({ facet, options }: { facet: Facet; options: FacetOption[] }) {
  const { selected, toggle } = useExploreState();
  return (
    <ul>
      {options.map((option) => {
        const id = `facet-${facet}-${option.slug}`;
        const checked = selected[facet].includes(option.slug);
        const disabled = option.count === 0 && !checked;
        return (
          <li key={option.slug}>
            <label
              htmlFor={id}
              className={`flex min-h-11 items-center gap-3 rounded px-1 text-sm sm:min-h-8 pointer-coarse:min-h-11 ${disabled ? "text-slate-500" : "cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-900"}`}
            >
              <input
                id={id}
                type="checkbox"
                className="h-5 w-5 shrink-0 accent-accent-600 sm:h-4 sm:w-4 pointer-coarse:h-5 pointer-coarse:w-5"
                checked={checked}
                disabled={disabled}
                onChange={(e) => toggle(facet, option.slug, e.target.checked)}
              />
              <span className="min-w-0">
                <span lang={option.lang}>{option.label}</span> <span className={disabled ? "" : "text-slate-600 dark:text-slate-400"}>({option.count})</span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
