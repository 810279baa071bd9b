"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { RelationOption } from "@/lib/editing/relation-options";
import { optionLabel } from "./option-label";
import { inputClass, secondaryButtonClass } from "./styles";

export interface Link {
  id: number;
  basis: "article" | "editorial";
}

const MAX_SHOWN = 40;

/**
 * A searchable multi-select for a use case's links: a search box, a filtered list of checkboxes, and the chosen
 * entries, each with its basis (article or editorial) and a remove button. Plain native controls, so it is
 * keyboard- and screen-reader-friendly without ARIA widgets.
 */
export function LinkPicker(props: {
  label: string;
  options: RelationOption[];
  value: Link[];
  onChange: (links: Link[]) => void;
  errorId?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("admin.editor");
  const basisT = useTranslations("admin.options.basis");
  const id = useId();
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(props.options.map((o) => [o.id, o])), [props.options]);
  const chosen = new Set(props.value.map((l) => l.id));
  const needle = query.trim().toLowerCase();
  const matches = props.options.filter((o) => needle === "" || optionLabel(o).toLowerCase().includes(needle));

  const toggle = (option: RelationOption, on: boolean) =>
    props.onChange(on ? [...props.value, { id: option.id, basis: "editorial" }] : props.value.filter((l) => l.id !== option.id));

  return (
    <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-700" aria-describedby={props.errorId} aria-invalid={props.invalid || undefined}>
      <legend className="px-1 text-sm font-semibold">{props.label}</legend>
      {props.value.length > 0 ? (
        <ul className="mb-3 space-y-2" aria-label={t("selectedLinks", { what: props.label })}>
          {props.value.map((link) => {
            const option = byId.get(link.id);
            const name = option ? optionLabel(option) : `#${link.id}`;
            return (
              <li key={link.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-0 flex-1">{name}</span>
                <label htmlFor={`${id}-basis${link.id}`} className="sr-only">{t("basisFor", { name })}</label>
                <select
                    id={`${id}-basis${link.id}`}
                    className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900"
                    value={link.basis}
                    onChange={(e) =>
                      props.onChange(props.value.map((l) => (l.id === link.id ? { ...l, basis: e.target.value === "article" ? "article" : "editorial" } : l)))
                    }
                  >
                    <option value="article">{basisT("article")}</option>
                    <option value="editorial">{basisT("editorial")}</option>
                  </select>
                <button type="button" className={secondaryButtonClass} onClick={() => props.onChange(props.value.filter((l) => l.id !== link.id))}>
                  {t("remove")}
                  <span className="sr-only"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("noneSelected")}</p>
      )}
      <label htmlFor={`${id}-search`} className="mb-1 block text-sm">
        {t("searchIn", { what: props.label })}
      </label>
      <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} autoComplete="off" />
      <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto" aria-label={t("options", { what: props.label })}>
        {matches.slice(0, MAX_SHOWN).map((option) => {
          const checkboxId = `${id}-o${option.id}`;
          return (
            <li key={option.id} className="flex items-center gap-2 text-sm">
              <input id={checkboxId} type="checkbox" checked={chosen.has(option.id)} onChange={(e) => toggle(option, e.target.checked)} />
              <label htmlFor={checkboxId}>
                {optionLabel(option)}
                {option.status !== "published" ? <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">({t("draftOption")})</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
      {matches.length === 0 ? <p className="mt-2 text-sm">{t("noMatches")}</p> : null}
      {matches.length > MAX_SHOWN ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("moreMatches", { count: matches.length - MAX_SHOWN })}</p> : null}
    </fieldset>
  );
}
