"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Link as IntlLink } from "@/i18n/navigation";
import type { RelationOptions } from "@/lib/editing/relation-options";
import type { EntityType } from "@/lib/schemas/entity-types";
import { TranslationBadge } from "./badges";
import { ConflictPanel } from "./conflict-panel";
import { NewerVersionNotice } from "./newer-version-notice";
import { fieldOrder } from "./display-value";
import { EntryField } from "./fields/entry-field";
import { SelectField } from "./fields/select-field";
import { useFieldLabel } from "./field-label";
import { useErrorText } from "./field-errors";
import { buttonClass, errorTextClass, hintClass, inputClass } from "./styles";
import { useEntryForm, type Values } from "./use-entry-form";
import { useFormKeys } from "./use-form-keys";

const STATUSES = ["draft", "published"] as const;

/**
 * The one editor for every entity: the fields its specs declare (components/admin/fields/*), a translation badge
 * computed from the content, the conflict screen, and a save bar. State and saving live in useEntryForm; the
 * keyboard (first field focused, Ctrl/Cmd+S, the unsaved-changes prompt) in useFormKeys.
 */
export function EntryEditor(props: { type: EntityType; id?: number; version?: number; initialValues: Values; options: RelationOptions }) {
  const t = useTranslations("admin.editor");
  const form = useTranslations("admin.form");
  const entityT = useTranslations(`admin.entities.${props.type}`);
  const results = useTranslations("admin.results");
  const errorText = useErrorText();
  const label = useFieldLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const { def, api, result, conflict, values, setValues, baseVersion, setBaseVersion, setConflict, notice, setNotice, slugState, setSlugState, checkSlug, pending, submit, status, dirty, summaryRef, errorCount, formError, markSaved } = useEntryForm(props);
  useFormKeys(formRef, dirty, form("leaveQuestion"));

  const failureText =
    result && !result.ok && result.kind !== "invalid" && result.kind !== "conflict" ? results(result.kind === "in-use" ? "inUse" : result.kind === "not-found" ? "notFound" : result.kind) : "";
  const order = fieldOrder(def.fields);

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="editor-title" className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium">{t("translationStatus")}</span>
        <TranslationBadge status={status} />
        {baseVersion !== undefined ? <span className="text-sm text-slate-700 dark:text-slate-300">{t("editingVersion", { version: baseVersion })}</span> : null}
      </div>
      {props.id !== undefined && baseVersion !== undefined ? <NewerVersionNotice type={props.type} id={props.id} version={baseVersion} /> : null}

      {conflict !== undefined ? (
        <ConflictPanel
          current={conflict}
          mine={values}
          order={order}
          options={props.options}
          onTakeTheirs={(field) => conflict && api.set(field, conflict.values[field])}
          conflicts={result && !result.ok && result.kind === "conflict" ? result.conflicts : undefined}
          baseVersion={result && !result.ok && result.kind === "conflict" ? result.baseVersion : undefined}
          merged={result && !result.ok && result.kind === "conflict" ? result.merged : undefined}
          onChoose={api.set}
          onReapply={(merged) => {
            if (!conflict) return;
            if (merged) setValues(merged);
            setBaseVersion(conflict.version);
            setConflict(undefined);
            setNotice(t("reapplied", { version: conflict.version }));
          }}
          onLoadTheirs={() => {
            if (!conflict) return;
            setValues(conflict.values);
            markSaved(conflict.values);
            setBaseVersion(conflict.version);
            setConflict(undefined);
            setNotice(t("loadedTheirs", { version: conflict.version }));
          }}
        />
      ) : null}

      <div ref={summaryRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {errorCount > 0 ? (
          <div className="rounded-md border-2 border-red-700 p-3 dark:border-red-400">
            <p className="font-semibold">{t("errorSummary", { count: errorCount })}</p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {Object.entries(api.fieldErrors)
                .filter(([k]) => k !== "_form")
                .map(([field, codes]) => (
                  <li key={field}>
                    <a href={`#${api.ids(field).control}`}>{label(field)}</a>: {codes.map(errorText).join(" ")}
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        {formError ? <p className={errorTextClass}>{formError}</p> : null}
        {failureText ? <p className={errorTextClass}>{failureText}</p> : null}
      </div>

      <div data-fields className="space-y-6">
        {def.fields.map((spec) => (
          <EntryField
            key={spec.name}
            spec={spec}
            api={api}
            options={props.options}
            slugState={slugState}
            onSlugState={setSlugState}
            onCheckSlug={checkSlug}
          />
        ))}
      </div>

      <div className="sticky bottom-0 flex flex-wrap items-end gap-4 border-t border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-950">
        <SelectField name="status" options={STATUSES} api={api} className={inputClass} fallback="draft" />
        <button type="submit" className={buttonClass} disabled={pending} aria-keyshortcuts="Control+S Meta+S">
          {pending ? t("saving") : props.id === undefined ? t("create", { entity: entityT("singular") }) : t("save")}
        </button>
        <p role="status" aria-live="polite" className="text-sm">{notice}</p>
        <p className={`${hintClass} w-full`}>{t("statusHint")} {form("saveShortcut")}</p>
      </div>
      {props.id !== undefined ? (
        <p className="text-sm">
          <IntlLink href={`/admin/${def.segment}/${props.id}/history`}>{t("history")}</IntlLink> ·{" "}
          <IntlLink href={`/admin/${def.segment}/${props.id}/preview`}>{t("previewPage")}</IntlLink>
        </p>
      ) : null}
    </form>
  );
}
