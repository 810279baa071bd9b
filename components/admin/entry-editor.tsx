"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { Markdown } from "@/components/markdown";
import { Link as IntlLink, useRouter } from "@/i18n/navigation";
import { checkSlugAction, saveEntryAction, type SavePayload } from "@/lib/actions/entries";
import type { RelationOptions } from "@/lib/editing/relation-options";
import type { CurrentEntry, MutationResult } from "@/lib/editing/types";
import type { EntityType } from "@/lib/schemas/entity-types";
import { localizedPairs, type FieldSpec } from "@/lib/schemas/fields";
import { NOTE_PAGES, NOTE_TARGET_TYPES } from "@/lib/schemas/note";
import { ENTITIES } from "@/lib/schemas/registry";
import { suggestSlug } from "@/lib/schemas/slug";
import { translationStatus } from "@/lib/schemas/translation";
import { TranslationBadge } from "./badges";
import { ConflictPanel } from "./conflict-panel";
import { useMergedNotice } from "./merged-notice";
import { NewerVersionNotice } from "./newer-version-notice";
import { fieldOrder } from "./display-value";
import { FieldErrors, useErrorText } from "./field-errors";
import { useFieldLabel } from "./field-label";
import { LinkPicker, type Link } from "./link-picker";
import { optionLabel } from "./option-label";
import { buttonClass, errorTextClass, hintClass, inputClass, labelClass, secondaryButtonClass } from "./styles";
import { messageOr } from "@/i18n/message-or";

type Values = Record<string, unknown>;
type SlugState = "idle" | "checking" | "available" | "taken" | "invalid";

const TRANSPORT_ERROR = "transport";

/**
 * The one editor for every entity: zh and en side by side with a translation badge, markdown with a live
 * preview, searchable multi-selects for links, a slug suggestion with a uniqueness check, and draft/published.
 * The typed input is state, so nothing is lost on a field error, a failed request or a conflict.
 */
export function EntryEditor(props: {
  type: EntityType;
  id?: number;
  version?: number;
  initialValues: Values;
  options: RelationOptions;
}) {
  const def = ENTITIES[props.type];
  const t = useTranslations("admin.editor");
  const entityT = useTranslations(`admin.entities.${props.type}`);
  const results = useTranslations("admin.results");
  const tOptions = useTranslations("admin.options");
  const errorText = useErrorText();
  const label = useFieldLabel();
  const mergedNotice = useMergedNotice();
  const router = useRouter();
  const formId = useId();
  const [values, setValues] = useState<Values>(props.initialValues);
  const [baseVersion, setBaseVersion] = useState<number | undefined>(props.version);
  const [conflict, setConflict] = useState<CurrentEntry | null | undefined>(undefined);
  const [notice, setNotice] = useState("");
  const [slugState, setSlugState] = useState<SlugState>("idle");
  const summaryRef = useRef<HTMLDivElement>(null);

  // The action also applies the result to the form (version, notice, conflict screen, navigation): state updates
  // belong to the action, not to an effect.
  const [result, dispatch, pending] = useActionState(async (previous: MutationResult | null, payload: SavePayload): Promise<MutationResult> => {
    let outcome: MutationResult;
    try {
      outcome = await saveEntryAction(props.type, previous, payload);
    } catch {
      // The request did not complete (too large for the server's limit, or the network): keep everything typed.
      outcome = { ok: false, kind: "invalid", fieldErrors: { _form: [TRANSPORT_ERROR] }, message: "" };
    }
    if (outcome.ok) {
      setConflict(undefined);
      if (props.id === undefined) {
        router.push(`/admin/${def.segment}/${outcome.data.id}?created=1`);
      } else {
        setBaseVersion(outcome.data.version);
        setNotice(t("saved", { version: outcome.data.version }));
        if (outcome.data.merged) {
          setValues(outcome.data.merged.values);
          setNotice(mergedNotice(outcome.data.version, outcome.data.merged));
        }
        router.refresh();
      }
      return outcome;
    }
    setNotice("");
    if (outcome.kind === "conflict") setConflict(outcome.current);
    else setTimeout(() => summaryRef.current?.focus(), 0);
    return outcome;
  }, null);

  const fieldErrors = result && !result.ok && result.kind === "invalid" ? result.fieldErrors : {};
  const status = useMemo(() => translationStatus(values, localizedPairs(def.fields)), [values, def.fields]);
  const set = (field: string, value: unknown) => setValues((v) => ({ ...v, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload: SavePayload = props.id === undefined ? { values } : { id: props.id, version: baseVersion, values };
    startTransition(() => dispatch(payload));
  }

  async function checkSlug() {
    const slug = String(values.slug ?? "").trim();
    if (slug === "") return setSlugState("idle");
    setSlugState("checking");
    try {
      const r = await checkSlugAction(props.type, slug, props.id ?? null);
      setSlugState(!r.ok ? "idle" : !r.data.valid ? "invalid" : r.data.available ? "available" : "taken");
    } catch {
      setSlugState("idle");
    }
  }

  const errorCount = Object.keys(fieldErrors).filter((k) => k !== "_form").length;
  const formError = fieldErrors._form?.includes(TRANSPORT_ERROR) ? t("transportError") : fieldErrors._form ? errorText(fieldErrors._form[0] ?? "invalid") : "";
  const failureText =
    result && !result.ok && result.kind !== "invalid" && result.kind !== "conflict" ? results(result.kind === "in-use" ? "inUse" : result.kind === "not-found" ? "notFound" : result.kind) : "";

  const ids = (field: string) => ({ control: `${formId}-${field}`, error: `${formId}-${field}-error` });
  const controlProps = (field: string) => ({
    id: ids(field).control,
    "aria-invalid": fieldErrors[field] ? true : undefined,
    "aria-describedby": fieldErrors[field] ? ids(field).error : undefined,
  });

  function renderField(spec: FieldSpec) {
    switch (spec.kind) {
      case "localized":
        return (
          <div key={spec.name} className="grid gap-4 md:grid-cols-2">
            {(["En", "Zh"] as const).map((suffix) => {
              const field = `${spec.name}${suffix}`;
              const value = String(values[field] ?? "");
              const lang = suffix === "En" ? "en" : "zh";
              return (
                <div key={field} className="min-w-0">
                  <label htmlFor={ids(field).control} className={labelClass}>{label(field)}</label>
                  {spec.widget === "line" ? (
                    <input {...controlProps(field)} lang={lang} className={inputClass} value={value} onChange={(e) => set(field, e.target.value)} maxLength={spec.max + 1000} />
                  ) : (
                    <textarea
                      {...controlProps(field)}
                      lang={lang}
                      className={`${inputClass} ${spec.widget === "markdown" ? "min-h-48 font-mono text-sm" : "min-h-24"}`}
                      value={value}
                      onChange={(e) => set(field, e.target.value)}
                    />
                  )}
                  <FieldErrors id={ids(field).error} codes={fieldErrors[field]} />
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
      case "slug":
        return (
          <div key="slug">
            <label htmlFor={ids("slug").control} className={labelClass}>{label("slug")}</label>
            <div className="flex flex-wrap gap-2">
              <input
                {...controlProps("slug")}
                className={`${inputClass} max-w-md font-mono`}
                value={String(values.slug ?? "")}
                onChange={(e) => {
                  set("slug", e.target.value);
                  setSlugState("idle");
                }}
                onBlur={checkSlug}
                autoComplete="off"
                spellCheck={false}
              />
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => {
                  set("slug", suggestSlug(String(values[spec.suggestFrom] ?? "")));
                  setSlugState("idle");
                }}
              >
                {t("suggestSlug")}
              </button>
            </div>
            <p className={hintClass} aria-live="polite">
              {slugState === "idle" ? t("slugHint") : t(`slug.${slugState}`)}
            </p>
            <FieldErrors id={ids("slug").error} codes={fieldErrors.slug} />
          </div>
        );
      case "text":
        return (
          <div key={spec.name}>
            <label htmlFor={ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
            <input {...controlProps(spec.name)} className={`${inputClass} ${spec.mono ? "font-mono text-sm" : ""}`} value={String(values[spec.name] ?? "")} onChange={(e) => set(spec.name, e.target.value)} />
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      case "url":
        return (
          <div key={spec.name}>
            <label htmlFor={ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
            <input {...controlProps(spec.name)} type="url" inputMode="url" className={inputClass} value={String(values[spec.name] ?? "")} onChange={(e) => set(spec.name, e.target.value)} placeholder="https://" />
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      case "number":
        return (
          <div key={spec.name}>
            <label htmlFor={ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
            <input {...controlProps(spec.name)} type="number" min={0} step={1} className={`${inputClass} max-w-40`} value={String(values[spec.name] ?? "")} onChange={(e) => set(spec.name, e.target.value)} />
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      case "checkbox":
        return (
          <div key={spec.name}>
            <div className="flex items-center gap-2">
              <input {...controlProps(spec.name)} type="checkbox" checked={values[spec.name] === true} onChange={(e) => set(spec.name, e.target.checked)} />
              <label htmlFor={ids(spec.name).control}>{label(spec.name)}</label>
            </div>
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      case "select":
        return (
          <div key={spec.name}>
            <label htmlFor={ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
            <select {...controlProps(spec.name)} className={`${inputClass} max-w-md`} value={String(values[spec.name] ?? "")} onChange={(e) => set(spec.name, e.target.value)}>
              {spec.options.map((o) => (
                <option key={o} value={o}>{optionText(spec.name, o)}</option>
              ))}
            </select>
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      case "reference": {
        const list = spec.target === "domain" ? props.options.domain : [];
        return (
          <div key={spec.name}>
            <label htmlFor={ids(spec.name).control} className={labelClass}>{label(spec.name)}</label>
            <select {...controlProps(spec.name)} className={`${inputClass} max-w-md`} value={String(values[spec.name] ?? 0)} onChange={(e) => set(spec.name, Number(e.target.value))}>
              <option value="0">{t("choose")}</option>
              {list.map((o) => (
                <option key={o.id} value={o.id}>{optionLabel(o)}</option>
              ))}
            </select>
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      }
      case "links": {
        const target = spec.target === "technique" || spec.target === "mechanism" || spec.target === "challenge" || spec.target === "resource" ? spec.target : "technique";
        return (
          <div key={spec.name}>
            <LinkPicker
              label={label(spec.name)}
              options={props.options[target]}
              value={(values[spec.name] as Link[] | undefined) ?? []}
              onChange={(links) => set(spec.name, links)}
              errorId={fieldErrors[spec.name] ? ids(spec.name).error : undefined}
              invalid={Boolean(fieldErrors[spec.name])}
            />
            <FieldErrors id={ids(spec.name).error} codes={fieldErrors[spec.name]} />
          </div>
        );
      }
      case "note-target":
        return <div key="target">{renderNoteTarget()}</div>;
    }
  }

  function optionText(field: string, option: string): string {
    return messageOr(tOptions, `${field}.${option}`, option);
  }

  function renderNoteTarget() {
    const targetType = String(values.targetType ?? "page");
    const list =
      targetType === "technique" ? props.options.technique
      : targetType === "resource" ? props.options.resource
      : targetType === "use-case" ? props.options["use-case"]
      : targetType === "domain" ? props.options.domain
      : [];
    return (
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={ids("targetType").control} className={labelClass}>{label("targetType")}</label>
          <select
            {...controlProps("targetType")}
            className={inputClass}
            value={targetType}
            onChange={(e) => setValues((v) => ({ ...v, targetType: e.target.value, targetId: null, pageKey: e.target.value === "page" ? "about" : null }))}
          >
            {NOTE_TARGET_TYPES.map((o) => (
              <option key={o} value={o}>{tOptions(`targetType.${o}`)}</option>
            ))}
          </select>
          <FieldErrors id={ids("targetType").error} codes={fieldErrors.targetType} />
        </div>
        {targetType === "page" ? (
          <div>
            <label htmlFor={ids("pageKey").control} className={labelClass}>{label("pageKey")}</label>
            <select {...controlProps("pageKey")} className={inputClass} value={String(values.pageKey ?? "about")} onChange={(e) => set("pageKey", e.target.value)}>
              {NOTE_PAGES.map((p) => (
                <option key={p} value={p}>{tOptions(`pageKey.${p}`)}</option>
              ))}
            </select>
            <FieldErrors id={ids("pageKey").error} codes={fieldErrors.pageKey} />
          </div>
        ) : (
          <div>
            <label htmlFor={ids("targetId").control} className={labelClass}>{label("targetId")}</label>
            <select {...controlProps("targetId")} className={inputClass} value={String(values.targetId ?? 0)} onChange={(e) => set("targetId", Number(e.target.value) || null)}>
              <option value="0">{t("choose")}</option>
              {list.map((o) => (
                <option key={o.id} value={o.id}>{optionLabel(o)}</option>
              ))}
            </select>
            <FieldErrors id={ids("targetId").error} codes={fieldErrors.targetId} />
          </div>
        )}
      </div>
    );
  }

  const order = fieldOrder(def.fields);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="editor-title" className="space-y-6">
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
          onTakeTheirs={(field) => conflict && set(field, conflict.values[field])}
          conflicts={result && !result.ok && result.kind === "conflict" ? result.conflicts : undefined}
          baseVersion={result && !result.ok && result.kind === "conflict" ? result.baseVersion : undefined}
          merged={result && !result.ok && result.kind === "conflict" ? result.merged : undefined}
          onChoose={set}
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
              {Object.entries(fieldErrors)
                .filter(([k]) => k !== "_form")
                .map(([field, codes]) => (
                  <li key={field}>
                    <a href={`#${ids(field).control}`}>{label(field)}</a>: {codes.map(errorText).join(" ")}
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        {formError ? <p className={errorTextClass}>{formError}</p> : null}
        {failureText ? <p className={errorTextClass}>{failureText}</p> : null}
      </div>

      {def.fields.map(renderField)}

      <div className="sticky bottom-0 flex flex-wrap items-end gap-4 border-t border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-950">
        <div>
          <label htmlFor={ids("status").control} className={labelClass}>{label("status")}</label>
          <select {...controlProps("status")} className={inputClass} value={String(values.status ?? "draft")} onChange={(e) => set("status", e.target.value)}>
            <option value="draft">{tOptions("status.draft")}</option>
            <option value="published">{tOptions("status.published")}</option>
          </select>
        </div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t("saving") : props.id === undefined ? t("create", { entity: entityT("singular") }) : t("save")}
        </button>
        <p role="status" aria-live="polite" className="text-sm">{notice}</p>
        <p className={`${hintClass} w-full`}>{t("statusHint")}</p>
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
