"use client";

import type { FieldSpec } from "@/lib/schemas/fields";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import { inputClass, labelClass } from "../styles";
import type { FieldApi } from "../use-entry-form";

/** A one-line text, a web address or a whole number. */
export function TextField({ spec, api }: { spec: Extract<FieldSpec, { kind: "text" | "url" | "number" }>; api: FieldApi }) {
  const label = useFieldLabel();
  const value = String(api.values[spec.name] ?? "");
  const onChange = (e: { target: { value: string } }) => api.set(spec.name, e.target.value);
  return (
    <div>
      <label htmlFor={api.ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
      {spec.kind === "url" ? (
        <input {...api.controlProps(spec.name)} type="url" inputMode="url" className={inputClass} value={value} onChange={onChange} placeholder="https://" />
      ) : spec.kind === "number" ? (
        <input {...api.controlProps(spec.name)} type="number" min={0} step={1} className={`${inputClass} max-w-40`} value={value} onChange={onChange} />
      ) : (
        <input {...api.controlProps(spec.name)} className={`${inputClass} ${spec.mono ? "font-mono text-sm" : ""}`} value={value} onChange={onChange} />
      )}
      <FieldErrors id={api.ids(spec.name).error} codes={api.fieldErrors[spec.name]} />
    </div>
  );
}
