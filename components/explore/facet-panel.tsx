"use client";

// Facets as real, labelled checkboxes in fieldsets. Each value shows how many use cases it would give with the other
// active filters; a value that would give none is disabled (unless it is selected, so that it can be cleared).
import { useExploreState } from "./explore-state";
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

export function FacetPanel({ facets }: { facets: FacetGroup[] }) {
  const { selected, toggle } = useExploreState();
  return (
    <div className="space-y-5">
      {facets.map((group) => (
        <fieldset key={group.facet} className="min-w-0">
          <legend className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{group.legend}</legend>
          {group.groups.map((sub, i) => (
            <div key={sub.label ?? i} role={sub.label ? "group" : undefined} aria-labelledby={sub.label ? `${group.facet}-group-${i}` : undefined} className="mb-2">
              {sub.label ? (
                <p id={`${group.facet}-group-${i}`} className="mb-1 mt-2 text-xs font-medium text-slate-600 dark:text-slate-400">
                  {sub.label}
                </p>
              ) : null}
              <ul className="space-y-1">
                {sub.options.map((option) => {
                  const id = `facet-${group.facet}-${option.slug}`;
                  const checked = selected[group.facet].includes(option.slug);
                  const disabled = option.count === 0 && !checked;
                  return (
                    <li key={option.slug} className="flex items-start gap-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="mt-1 h-4 w-4 shrink-0 accent-accent-600"
                        checked={checked}
                        disabled={disabled}
                        onChange={(e) => toggle(group.facet, option.slug, e.target.checked)}
                      />
                      <label htmlFor={id} className={disabled ? "text-sm text-slate-500 dark:text-slate-500" : "text-sm"}>
                        <span lang={option.lang}>{option.label}</span>{" "}
                        <span className="text-slate-600 dark:text-slate-400">({option.count})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
