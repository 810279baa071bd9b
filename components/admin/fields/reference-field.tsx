"use client";

import { useTranslations } from "next-intl";
import type { RelationOption } from "@/lib/editing/relation-options";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import { optionLabel } from "../option-label";
import { inputClass, labelClass } from "../styles";
import type { FieldApi } from "../use-entry-form";

/** One entry of another type by id (a use case's domain, a note's target); 0 / null means none chosen yet. */
export function ReferenceField(props: { name: string; options: readonly RelationOption[]; api: FieldApi; nullable?: boolean; className?: string }) {
  const t = useTranslations("admin.editor");
  const label = useFieldLabel();
  const { api, name } = props;
  return (
    <div>
      <label htmlFor={api.ids(name).control} className={labelClass}>{label(name)}</label>
      <select
        {...api.controlProps(name)}
        className={props.className ?? `${inputClass} max-w-md`}
        value={String(api.values[name] ?? 0)}
        onChange={(e) => api.set(name, props.nullable ? Number(e.target.value) || null : Number(e.target.value))}
      >
        <option value="0">{t("choose")}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>{optionLabel(o)}</option>
        ))}
      </select>
      <FieldErrors id={api.ids(name).error} codes={api.fieldErrors[name]} />
    </div>
  );
}
