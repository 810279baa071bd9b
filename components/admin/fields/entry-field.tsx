"use client";

import { useFieldLabel } from "../field-label";
import { FieldErrors } from "../field-errors";
import type { RelationOptions } from "@/lib/editing/relation-options";
import type { FieldSpec } from "@/lib/schemas/fields";
import { relationTargetOf } from "@/lib/schemas/link-targets";
import type { FieldApi, SlugState } from "../use-entry-form";
import { CheckboxField } from "./checkbox-field";
import { LocalizedField } from "./localized-field";
import { NoteTargetField } from "./note-target-field";
import { ReferenceField } from "./reference-field";
import { RelationPicker, type Link } from "./relation-picker";
import { SelectField } from "./select-field";
import { SlugField } from "./slug-field";
import { TextField } from "./text-field";

/** One field of the editor, drawn from its spec; relation fields read their options by the spec's target. */
export function EntryField(props: {
  spec: FieldSpec;
  api: FieldApi;
  options: RelationOptions;
  slugState: SlugState;
  onSlugState: (state: SlugState) => void;
  onCheckSlug: () => void;
}) {
  const label = useFieldLabel();
  const { spec, api } = props;
  switch (spec.kind) {
    case "localized":
      return <LocalizedField spec={spec} api={api} />;
    case "slug":
      return <SlugField spec={spec} api={api} slugState={props.slugState} onSlugState={props.onSlugState} onCheck={props.onCheckSlug} />;
    case "text":
    case "url":
    case "number":
      return <TextField spec={spec} api={api} />;
    case "checkbox":
      return <CheckboxField spec={spec} api={api} />;
    case "select":
      return <SelectField name={spec.name} options={spec.options} api={api} />;
    case "reference": {
      const target = relationTargetOf(spec);
      return <ReferenceField name={spec.name} options={target ? props.options[target] : []} api={api} />;
    }
    case "links": {
      const target = relationTargetOf(spec);
      const errorId = api.fieldErrors[spec.name] ? api.ids(spec.name).error : undefined;
      return (
        <div>
          <RelationPicker
            label={label(spec.name)}
            options={target ? props.options[target] : []}
            value={(api.values[spec.name] as Link[] | undefined) ?? []}
            onChange={(links) => api.set(spec.name, links)}
            errorId={errorId}
            invalid={Boolean(errorId)}
          />
          <FieldErrors id={api.ids(spec.name).error} codes={api.fieldErrors[spec.name]} />
        </div>
      );
    }
    case "note-target":
      return <NoteTargetField api={api} options={props.options} />;
  }
}
