"use client";

import type { FieldSpec } from "@/lib/schemas/fields";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import type { FieldApi } from "../use-entry-form";

export function CheckboxField({ spec, api }: { spec: Extract<FieldSpec, { kind: "checkbox" }>; api: FieldApi }) {
  const label = useFieldLabel();
  return (
    <div>
      <div className="flex items-center gap-2">
        <input {...api.controlProps(spec.name)} type="checkbox" checked={api.values[spec.name] === true} onChange={(e) => api.set(spec.name, e.target.checked)} />
        <label htmlFor={api.ids(spec.name).control}>{label(spec.name)}</label>
      </div>
      <FieldErrors id={api.ids(spec.name).error} codes={api.fieldErrors[spec.name]} />
    </div>
  );
}
