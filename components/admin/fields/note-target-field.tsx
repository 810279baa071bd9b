"use client";

import type { RelationOptions } from "@/lib/editing/relation-options";
import { isRelationTarget } from "@/lib/schemas/link-targets";
import { NOTE_PAGES, NOTE_TARGET_TYPES } from "@/lib/schemas/note";
import { inputClass } from "../styles";
import type { FieldApi } from "../use-entry-form";
import { ReferenceField } from "./reference-field";
import { SelectField } from "./select-field";

/** A note's target: a page (about, lab) or an entry of some type; changing the type resets the target. */
export function NoteTargetField({ api, options }: { api: FieldApi; options: RelationOptions }) {
  const targetType = String(api.values.targetType ?? "page");
  const list = isRelationTarget(targetType) ? options[targetType] : [];
  const typeApi: FieldApi = {
    ...api,
    set: (field, value) => (field === "targetType" ? api.setMany({ targetType: value, targetId: null, pageKey: value === "page" ? "about" : null }) : api.set(field, value)),
  };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SelectField name="targetType" options={NOTE_TARGET_TYPES} api={typeApi} className={inputClass} fallback="page" />
      {targetType === "page" ? (
        <SelectField name="pageKey" options={NOTE_PAGES} api={api} className={inputClass} fallback="about" />
      ) : (
        <ReferenceField name="targetId" options={list} api={api} nullable className={inputClass} />
      )}
    </div>
  );
}
