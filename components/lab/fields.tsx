"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { parseFieldNumber, stepFieldNumber, type NumberRule } from "./field-parse";

export const INPUT_CLASS =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-red-700 disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400";
const LABEL_CLASS = "block text-sm font-medium text-slate-800 dark:text-slate-200";
export const HINT_CLASS = "mt-1 text-xs text-slate-600 dark:text-slate-400";
export const ERROR_CLASS = "mt-1 text-sm text-red-700 dark:text-red-400";

interface NumberFieldProps extends NumberRule {
  label: string;
  value: number;
  onCommit: (value: number) => void;
  hint?: string;
  disabled?: boolean;
  /** Content shown after the input (e.g. a button). */
  after?: ReactNode;
}

/**
 * A labelled numeric text field. It keeps what the person types, commits
 * each valid value at once (so the run follows the field) and explains an
 * invalid one next to the field instead of discarding it.
 */
export function NumberField({ label, value, onCommit, hint, disabled, after, ...rule }: NumberFieldProps) {
  const t = useTranslations("lab.fields");
  const id = useId();
  const [text, setText] = useState(() => String(value));
  const [seen, setSeen] = useState(value);
  // The value changed from outside (preset, clamp): show it, unless the text already means it.
  if (value !== seen) {
    setSeen(value);
    if (parseFieldNumber(text, rule) !== value) setText(String(value));
  }
  const invalid = parseFieldNumber(text, rule) === null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;

  const commitText = (s: string) => {
    setText(s);
    const v = parseFieldNumber(s, rule);
    if (v !== null && v !== value) onCommit(v);
  };

  return (
    <div>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode={rule.integer ? "numeric" : "decimal"}
          autoComplete="off"
          spellCheck={false}
          className={INPUT_CLASS}
          value={text}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => commitText(e.target.value)}
          onKeyDown={(e) => {
            if (!rule.integer || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
            e.preventDefault();
            const current = parseFieldNumber(text, rule) ?? value;
            commitText(String(stepFieldNumber(current, e.key === "ArrowUp" ? 1 : -1, rule)));
          }}
        />
        {after}
      </div>
      {hint ? (
        <p id={hintId} className={HINT_CLASS}>
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className={ERROR_CLASS}>
          {t(rule.integer ? "invalidInteger" : "invalidNumber", { min: rule.min, max: rule.max })}
        </p>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  hint?: string;
  disabled?: boolean;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint, disabled }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      <select
        id={id}
        className={INPUT_CLASS}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className={HINT_CLASS}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}
