"use client";

import { useTranslations } from "next-intl";
import type { FieldSpec } from "@/lib/schemas/fields";
import { suggestSlug } from "@/lib/schemas/slug";
import { FieldErrors } from "../field-errors";
import { useFieldLabel } from "../field-label";
import { hintClass, inputClass, labelClass, secondaryButtonClass } from "../styles";
import type { FieldApi, SlugState } from "../use-entry-form";

/** The slug, with a suggestion from a title and a uniqueness check on leaving the field. */
export function SlugField(props: {
  spec: Extract<FieldSpec, { kind: "slug" }>;
  api: FieldApi;
  slugState: SlugState;
  onSlugState: (state: SlugState) => void;
  onCheck: () => void;
}) {
  const t = useTranslations("admin.editor");
  const label = useFieldLabel();
  const { api } = props;
  return (
    <div>
      <label htmlFor={api.ids("slug").control} className={labelClass}>{label("slug")}</label>
      <div className="flex flex-wrap gap-2">
        <input
          {...api.controlProps("slug")}
          className={`${inputClass} max-w-md font-mono`}
          value={String(api.values.slug ?? "")}
          onChange={(e) => {
            api.set("slug", e.target.value);
            props.onSlugState("idle");
          }}
          onBlur={props.onCheck}
          autoComplete="off"
          spellCheck={false}
        />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            api.set("slug", suggestSlug(String(api.values[props.spec.suggestFrom] ?? "")));
            props.onSlugState("idle");
          }}
        >
          {t("suggestSlug")}
        </button>
      </div>
      <p className={hintClass} aria-live="polite">
        {props.slugState === "idle" ? t("slugHint") : t(`slug.${props.slugState}`)}
      </p>
      <FieldErrors id={api.ids("slug").error} codes={api.fieldErrors.slug} />
    </div>
  );
}
