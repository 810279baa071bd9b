"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { RelationOption } from "@/lib/editing/relation-options";
import { filterOptions } from "@/lib/schemas/relation-filter";
import { optionLabel } from "../option-label";
import { inputClass } from "../styles";

export interface Link {
  id: number;
  basis: "article" | "editorial";
}

const MAX_SHOWN = 40;

/**
 * A relation picker that is one tab stop: an ARIA combobox (input + listbox popup, aria-activedescendant) filtering
 * in both languages and by slug as you type; arrows move, Enter adds, Escape closes. The chosen entries are tokens
 * above it, each with its basis and a "Remove X" button.
 */
export function RelationPicker(props: {
  label: string;
  options: RelationOption[];
  value: Link[];
  onChange: (links: Link[]) => void;
  errorId?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("admin.editor");
  const form = useTranslations("admin.form");
  const basisT = useTranslations("admin.options.basis");
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byId = useMemo(() => new Map(props.options.map((o) => [o.id, o])), [props.options]);
  const chosen = new Set(props.value.map((l) => l.id));
  const matches = filterOptions(props.options, query).filter((o) => !chosen.has(o.id));
  const shown = matches.slice(0, MAX_SHOWN);
  const current = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const listId = `${id}-list`;
  const optionId = (option: RelationOption) => `${id}-o${option.id}`;

  function add(option: RelationOption) {
    props.onChange([...props.value, { id: option.id, basis: "editorial" }]);
    setQuery("");
    setActive(0);
    setOpen(false);
  }

  function remove(link: Link) {
    props.onChange(props.value.filter((l) => l.id !== link.id));
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else if (shown.length > 0) setActive((a) => (Math.min(a, shown.length - 1) + 1) % shown.length);
        return;
      case "ArrowUp":
        event.preventDefault();
        if (!open) setOpen(true);
        if (shown.length > 0) setActive((a) => (Math.min(a, shown.length - 1) - 1 + shown.length) % shown.length);
        return;
      case "Home":
      case "End":
        if (open && shown.length > 0) {
          event.preventDefault();
          setActive(event.key === "Home" ? 0 : shown.length - 1);
        }
        return;
      case "Enter":
        // Never submits the form from here: Enter belongs to the picker.
        event.preventDefault();
        if (current) add(current);
        else if (!open) setOpen(true);
        return;
      case "Escape":
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query !== "") {
          event.preventDefault();
          setQuery("");
        }
        return;
    }
  }

  return (
    <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-700" aria-describedby={props.errorId}>
      <legend className="px-1 text-sm font-semibold">{props.label}</legend>
      {props.value.length > 0 ? (
        <ul className="mb-3 flex flex-wrap gap-2" aria-label={t("selectedLinks", { what: props.label })}>
          {props.value.map((link) => {
            const option = byId.get(link.id);
            const name = option ? optionLabel(option) : `#${link.id}`;
            return (
              <li key={link.id} className="inline-flex max-w-full flex-wrap items-center gap-1 rounded-lg border border-slate-400 bg-slate-50 py-0.5 pl-2 pr-1 text-sm dark:border-slate-500 dark:bg-slate-900">
                <span className="min-w-0 break-words">{name}</span>
                <label htmlFor={`${id}-basis${link.id}`} className="sr-only">{t("basisFor", { name })}</label>
                <select
                  id={`${id}-basis${link.id}`}
                  className="rounded border border-slate-400 bg-white px-1 py-0.5 text-xs dark:border-slate-500 dark:bg-slate-900"
                  value={link.basis}
                  onChange={(e) => props.onChange(props.value.map((l) => (l.id === link.id ? { ...l, basis: e.target.value === "article" ? "article" : "editorial" } : l)))}
                >
                  <option value="article">{basisT("article")}</option>
                  <option value="editorial">{basisT("editorial")}</option>
                </select>
                <button
                  type="button"
                  className="inline-flex h-7 w-7 items-center justify-center rounded-full text-base leading-none hover:bg-slate-200 dark:hover:bg-slate-700"
                  aria-label={form("removeToken", { name })}
                  onClick={() => remove(link)}
                >
                  <span aria-hidden="true">×</span>
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
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-search`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current) : undefined}
          aria-invalid={props.invalid || undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
          className={inputClass}
          autoComplete="off"
          spellCheck={false}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("options", { what: props.label })}
          hidden={!open || shown.length === 0}
          className="absolute left-0 right-0 z-20 mt-1 max-h-60 overflow-y-auto rounded-md border border-slate-400 bg-white py-1 text-sm shadow-lg dark:border-slate-500 dark:bg-slate-900"
        >
          {shown.map((option) => {
            const selected = option === current;
            return (
              <li
                key={option.id}
                id={optionId(option)}
                role="option"
                aria-selected={selected}
                className={`cursor-pointer px-3 py-1.5 ${selected ? "bg-accent-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(option)}
              >
                {optionLabel(option)}
                {option.status !== "published" ? <span className={`ml-1 text-xs ${selected ? "" : "text-amber-800 dark:text-amber-300"}`}>({t("draftOption")})</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {open && matches.length === 0 ? t("noMatches") : open && matches.length > MAX_SHOWN ? t("moreMatches", { count: matches.length - MAX_SHOWN }) : form("pickerHint")}
      </p>
    </fieldset>
  );
}
