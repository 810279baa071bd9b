"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { checkSlugAction, saveEntryAction, type SavePayload } from "@/lib/actions/entries";
import type { CurrentEntry, MutationResult } from "@/lib/editing/types";
import type { EntityType } from "@/lib/schemas/entity-types";
import { localizedPairs } from "@/lib/schemas/fields";
import { ENTITIES } from "@/lib/schemas/registry";
import { translationStatus } from "@/lib/schemas/translation";
import { useErrorText } from "./field-errors";
import { useMergedNotice } from "./merged-notice";

export type Values = Record<string, unknown>;
export type SlugState = "idle" | "checking" | "available" | "taken" | "invalid";

const TRANSPORT_ERROR = "transport";

/** Ids and ARIA wiring of one field's control and its error text. */
export interface FieldIds {
  control: string;
  error: string;
}

/** What every field component gets from the form: the typed values, their setter, errors and ids. */
export interface FieldApi {
  values: Values;
  set: (field: string, value: unknown) => void;
  setMany: (patch: Values) => void;
  fieldErrors: Record<string, string[]>;
  ids: (field: string) => FieldIds;
  controlProps: (field: string) => { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
}

function same(a: Values, b: Values): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editor's state: typed values (kept through field errors, failed requests and conflicts), the version the form
 * was loaded from (its base), dirty state, the slug check, and saving. The one place a save result is handled is
 * `applyResult` below.
 */
export function useEntryForm(props: { type: EntityType; id?: number; version?: number; initialValues: Values }) {
  const def = ENTITIES[props.type];
  const t = useTranslations("admin.editor");
  const errorText = useErrorText();
  const mergedNotice = useMergedNotice();
  const router = useRouter();
  const formId = useId();
  const [values, setValues] = useState<Values>(props.initialValues);
  const [saved, setSaved] = useState<Values>(props.initialValues);
  const [baseVersion, setBaseVersion] = useState<number | undefined>(props.version);
  const [conflict, setConflict] = useState<CurrentEntry | null | undefined>(undefined);
  const [notice, setNotice] = useState("");
  const [slugState, setSlugState] = useState<SlugState>("idle");
  const summaryRef = useRef<HTMLDivElement>(null);

  /** Applies a save's result to the form (version, notice, conflict screen, navigation). */
  function applyResult(outcome: MutationResult, sent: Values): MutationResult {
    if (outcome.ok) {
      setConflict(undefined);
      setSaved(sent);
      if (props.id === undefined) {
        router.push(`/admin/${def.segment}/${outcome.data.id}?created=1`);
      } else {
        setBaseVersion(outcome.data.version);
        setNotice(t("saved", { version: outcome.data.version }));
        if (outcome.data.merged) {
          // Saved on top of someone else's newer version: the form now shows the merged result.
          setValues(outcome.data.merged.values);
          setSaved(outcome.data.merged.values);
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
  }

  // The action also applies the result to the form: state updates belong to the action, not to an effect.
  const [result, dispatch, pending] = useActionState(async (previous: MutationResult | null, payload: SavePayload): Promise<MutationResult> => {
    let outcome: MutationResult;
    try {
      outcome = await saveEntryAction(props.type, previous, payload);
    } catch {
      // The request did not complete (too large for the server's limit, or the network): keep everything typed.
      outcome = { ok: false, kind: "invalid", fieldErrors: { _form: [TRANSPORT_ERROR] }, message: "" };
    }
    return applyResult(outcome, payload.values as Values);
  }, null);

  const fieldErrors: Record<string, string[]> = result && !result.ok && result.kind === "invalid" ? result.fieldErrors : {};
  const status = useMemo(() => translationStatus(values, localizedPairs(def.fields)), [values, def.fields]);
  const dirty = useMemo(() => !same(values, saved), [values, saved]);
  const set = (field: string, value: unknown) => setValues((v) => ({ ...v, [field]: value }));
  const setMany = (patch: Values) => setValues((v) => ({ ...v, ...patch }));

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending) return;
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

  const ids = (field: string): FieldIds => ({ control: `${formId}-${field}`, error: `${formId}-${field}-error` });
  const controlProps = (field: string) => ({
    id: ids(field).control,
    "aria-invalid": fieldErrors[field] ? (true as const) : undefined,
    "aria-describedby": fieldErrors[field] ? ids(field).error : undefined,
  });

  const errorCount = Object.keys(fieldErrors).filter((k) => k !== "_form").length;
  const formError = fieldErrors._form?.includes(TRANSPORT_ERROR) ? t("transportError") : fieldErrors._form ? errorText(fieldErrors._form[0] ?? "invalid") : "";

  const api: FieldApi = { values, set, setMany, fieldErrors, ids, controlProps };
  return {
    def,
    api,
    values,
    setValues,
    baseVersion,
    setBaseVersion,
    conflict,
    setConflict,
    notice,
    setNotice,
    slugState,
    setSlugState,
    checkSlug,
    result,
    pending,
    submit,
    status,
    dirty,
    markSaved: setSaved,
    summaryRef,
    errorCount,
    formError,
  };
}
