"use client";

import { useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown";
import type { FieldSpec } from "@/lib/schemas/fields";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import { hintClass, inputClass, labelClass } from "../styles";
import type { FieldApi } from "../use-entry-form";

/** A zh/en pair side by side (en first); a markdown pair gets a live preview under each side. */
export function LocalizedField({ spec, api }: { spec: Extract<FieldSpec, { kind: "localized" }>; api: FieldApi }) {
  const t = useTranslations("admin.editor");
  const label = useFieldLabel();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["En", "Zh"] as const).map((suffix) => {
        const field = `${spec.name}${suffix}`;
        const value = String(api.values[field] ?? "");
        const lang = suffix === "En" ? "en" : "zh";
        return (
          <div key={field} className="min-w-0">
            <label htmlFor={api.ids(field).control} className={labelClass}>{label(field)}</label>
            {spec.widget === "line" ? (
              <input {...api.controlProps(field)} lang={lang} className={inputClass} value={value} onChange={(e) => api.set(field, e.target.value)} maxLength={spec.max + 1000} />
            ) : (
              <textarea
                {...api.controlProps(field)}
                lang={lang}
                className={`${inputClass} ${spec.widget === "markdown" ? "min-h-48 font-mono text-sm" : "min-h-24"}`}
                value={value}
                onChange={(e) => api.set(field, e.target.value)}
              />
            )}
            <FieldErrors id={api.ids(field).error} codes={api.fieldErrors[field]} />
            {spec.widget === "markdown" ? (
              <section aria-label={t("previewOf", { field: label(field) })} className="mt-2 rounded-md border border-dashed border-slate-400 p-3 dark:border-slate-600">
                <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("preview")}</p>
                {value.trim() ? <Markdown lang={lang}>{value}</Markdown> : <p className={hintClass}>{t("emptyPreview")}</p>}
              </section>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
