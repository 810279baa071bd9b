"use client";

import { messageOr } from "@/i18n/message-or";
import { useTranslations } from "next-intl";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import { inputClass, labelClass } from "../styles";
import type { FieldApi } from "../use-entry-form";

/** A choice among fixed values, shown by their translated names (admin.options.<field>.<value>) when there are some. */
export function SelectField(props: { name: string; options: readonly string[]; api: FieldApi; className?: string; fallback?: string }) {
  const tOptions = useTranslations("admin.options");
  const label = useFieldLabel();
  const { api, name } = props;
  const text = (option: string) => messageOr(tOptions, `${name}.${option}`, option);
  return (
    <div>
      <label htmlFor={api.ids(name).control} className={labelClass}>{label(name)}</label>
      <select {...api.controlProps(name)} className={props.className ?? `${inputClass} max-w-md`} value={String(api.values[name] ?? props.fallback ?? "")} onChange={(e) => api.set(name, e.target.value)}>
        {props.options.map((o) => (
          <option key={o} value={o}>{text(o)}</option>
        ))}
      </select>
      <FieldErrors id={api.ids(name).error} codes={api.fieldErrors[name]} />
    </div>
  );
}
