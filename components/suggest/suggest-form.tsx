"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { FieldErrors, useErrorText } from "@/components/admin/field-errors";
import { buttonClass, inputClass, labelClass } from "@/components/admin/styles";
import type { FieldErrors as Errors } from "@/lib/schemas/common";
import { solveInBrowser } from "@/lib/suggestions/solve-browser";

export interface PickOption {
  id: number;
  name: string;
  /** The name in the other language, shown beside it (the pickers are bilingual). */
  other: string;
}

export interface EditField {
  column: string;
  label: string;
  multiline: boolean;
  max: number;
}

interface Common {
  locale: "en" | "zh";
  challenge: { challenge: string; signature: string; bits: number };
  /** false when the limits (and with them the proof of work) are switched off. */
  work: boolean;
}

type Props =
  | (Common & { mode: "new"; domains: PickOption[]; techniques: PickOption[]; mechanisms: PickOption[]; challenges: PickOption[] })
  | (Common & { mode: "edit"; entity: string; slug: string; baseVersion: number; fields: EditField[]; values: Record<string, string> });

type Outcome = { kind: "errors" } | { kind: "message"; text: string } | null;

/**
 * The public suggestion form (issue 15). It keeps every input in React state, so a refusal (field errors, 429, no
 * connection) leaves the form as it was. Sending computes the proof of work first, then posts JSON to
 * /api/suggestions and opens the private status page it returns.
 */
export function SuggestForm(props: Props) {
  const t = useTranslations("suggest");
  const errorText = useErrorText();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>((): Record<string, string> =>
    props.mode === "edit"
      ? { ...props.values, reason: "", sources: "", creditName: "", email: "", website: "" }
      : { domainId: "", otherDomain: "", titleEn: "", titleZh: "", summaryEn: "", summaryZh: "", body: "", sources: "", creditName: "", email: "", website: "" },
  );
  const [picked, setPicked] = useState<Record<string, number[]>>({ techniques: [], mechanisms: [], challenges: [] });
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<"" | "working" | "sending">("");

  const set = (name: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const fid = (name: string) => `${id}-${name}`;
  const described = (name: string, hint?: boolean) =>
    [errors[name]?.length ? `${fid(name)}-error` : "", hint ? `${fid(name)}-hint` : ""].filter(Boolean).join(" ") || undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const sources = (values.sources ?? "").split(/\s+/).map((s) => s.trim()).filter(Boolean);
    const body: Record<string, unknown> =
      props.mode === "new"
        ? {
            kind: "new",
            domainId: values.domainId === "" ? -1 : Number(values.domainId),
            otherDomain: values.otherDomain,
            titleEn: values.titleEn,
            titleZh: values.titleZh,
            summaryEn: values.summaryEn,
            summaryZh: values.summaryZh,
            body: values.body,
            techniques: picked.techniques,
            mechanisms: picked.mechanisms,
            challenges: picked.challenges,
          }
        : {
            kind: "edit",
            entity: props.entity,
            slug: props.slug,
            baseVersion: props.baseVersion,
            values: Object.fromEntries(props.fields.map((f) => [f.column, values[f.column] ?? ""])),
            reason: values.reason,
          };
    Object.assign(body, {
      sources,
      creditName: values.creditName,
      email: values.email,
      website: values.website,
      locale: props.locale,
      challenge: props.challenge.challenge,
      signature: props.challenge.signature,
    });
    try {
      if (props.work) {
        setBusy("working");
        body.counter = String(await solveInBrowser(props.challenge.challenge, props.challenge.bits));
      }
      setBusy("sending");
      const response = await fetch("/api/suggestions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await response.json().catch(() => ({}))) as {
        statusUrl?: string;
        error?: { code?: string; message?: string; fieldErrors?: Errors; retryAfterSeconds?: number };
      };
      if (response.status === 201 && data.statusUrl) {
        window.location.assign(data.statusUrl);
        return;
      }
      const error = data.error ?? {};
      if (error.fieldErrors) {
        setErrors(error.fieldErrors);
        setOutcome({ kind: "errors" });
      } else {
        setErrors({});
        const retry = Number(response.headers.get("retry-after") ?? error.retryAfterSeconds ?? 0);
        const text =
          error.code === "robot"
            ? t("robot")
            : error.code === "tooFast"
              ? t("tooFast", { seconds: retry })
              : response.status === 429
                ? t("limited", { minutes: Math.max(1, Math.ceil(retry / 60)) })
                : t("failed", { message: error.message ?? String(response.status) });
        setOutcome({ kind: "message", text });
      }
    } catch {
      setOutcome({ kind: "message", text: t("network") });
    } finally {
      setBusy("");
    }
  }

  const text = (name: string, label: string, opts: { multiline?: boolean; hint?: string; type?: string; required?: boolean; lang?: string; rows?: number } = {}): ReactNode => (
    <div>
      <label htmlFor={fid(name)} className={labelClass}>{label}</label>
      {opts.multiline ? (
        <textarea
          id={fid(name)}
          name={name}
          rows={opts.rows ?? 4}
          lang={opts.lang}
          className={inputClass}
          value={values[name] ?? ""}
          onChange={set(name)}
          aria-invalid={errors[name]?.length ? true : undefined}
          aria-describedby={described(name, Boolean(opts.hint))}
          required={opts.required}
        />
      ) : (
        <input
          id={fid(name)}
          name={name}
          type={opts.type ?? "text"}
          lang={opts.lang}
          className={inputClass}
          value={values[name] ?? ""}
          onChange={set(name)}
          aria-invalid={errors[name]?.length ? true : undefined}
          aria-describedby={described(name, Boolean(opts.hint))}
          required={opts.required}
        />
      )}
      {opts.hint ? <p id={`${fid(name)}-hint`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">{opts.hint}</p> : null}
      <FieldErrors id={`${fid(name)}-error`} codes={errors[name]} />
    </div>
  );

  const picker = (name: "techniques" | "mechanisms" | "challenges", label: string, options: PickOption[]) => (
    <Picker
      key={name}
      name={name}
      label={label}
      filterLabel={t("filterOptions", { what: label })}
      options={options}
      value={picked[name] ?? []}
      onChange={(ids) => setPicked((p) => ({ ...p, [name]: ids }))}
      error={errors[name]?.map(errorText).join(" ")}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-5" aria-busy={busy !== "" || undefined}>
      <noscript>
        <p className="rounded-md border border-amber-500 p-3">{t("jsRequired")}</p>
      </noscript>
      {outcome ? (
        <div role="alert" className="rounded-md border border-red-600 p-3 text-red-800 dark:text-red-300">
          {outcome.kind === "errors" ? t("fixErrors") : outcome.text}
        </div>
      ) : null}
      {props.mode === "new" ? (
        <>
          <div>
            <label htmlFor={fid("domainId")} className={labelClass}>{t("domain")}</label>
            <select
              id={fid("domainId")}
              className={inputClass}
              value={values.domainId}
              onChange={set("domainId")}
              aria-invalid={errors.domainId?.length ? true : undefined}
              aria-describedby={described("domainId")}
            >
              <option value="">{t("chooseDomain")}</option>
              {props.domains.map((d) => (
                <option key={d.id} value={String(d.id)}>{d.other && d.other !== d.name ? `${d.name} · ${d.other}` : d.name}</option>
              ))}
              <option value="0">{t("otherDomainOption")}</option>
            </select>
            <FieldErrors id={`${fid("domainId")}-error`} codes={errors.domainId} />
          </div>
          {values.domainId === "0" ? text("otherDomain", t("otherDomain")) : null}
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("languageHint")}</p>
          <div className="grid gap-4 md:grid-cols-2">
            {text("titleEn", t("titleEn"), { lang: "en" })}
            {text("titleZh", t("titleZh"), { lang: "zh" })}
            {text("summaryEn", t("summaryEn"), { multiline: true, lang: "en", rows: 3 })}
            {text("summaryZh", t("summaryZh"), { multiline: true, lang: "zh", rows: 3 })}
          </div>
          {picker("techniques", t("techniques"), props.techniques)}
          {picker("mechanisms", t("mechanisms"), props.mechanisms)}
          {picker("challenges", t("challenges"), props.challenges)}
          {text("sources", t("sourcesRequired"), { multiline: true, rows: 3 })}
          {text("body", t("body"), { multiline: true, rows: 6 })}
        </>
      ) : (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            {props.fields.map((f) => text(f.column, f.label, { multiline: f.multiline, lang: f.column.endsWith("Zh") ? "zh" : "en", rows: 4 }))}
          </div>
          {text("reason", t("reason"), { multiline: true, rows: 3 })}
          {text("sources", t("sources"), { multiline: true, rows: 2 })}
        </>
      )}
      {text("creditName", t("creditName"), { hint: t("creditHint") })}
      {text("email", t("email"), { type: "email", hint: t("emailHint") })}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={fid("website")}>{t("honeypot")}</label>
        <input id={fid("website")} name="website" type="text" tabIndex={-1} autoComplete="off" value={values.website ?? ""} onChange={set("website")} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={busy !== ""}>
          {t("submit")}
        </button>
        <span role="status" className="text-sm">{busy === "working" ? t("working") : busy === "sending" ? t("sending") : ""}</span>
      </div>
    </form>
  );
}

/** A bilingual checkbox list with a filter box: plain native controls, keyboard- and screen-reader-friendly. */
function Picker(props: { name: string; label: string; filterLabel: string; options: PickOption[]; value: number[]; onChange: (ids: number[]) => void; error?: string }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const shown = props.options.filter((o) => needle === "" || `${o.name} ${o.other}`.toLowerCase().includes(needle) || props.value.includes(o.id));
  return (
    <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-700" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend className="px-1 text-sm font-semibold">{props.label}</legend>
      {props.options.length > 8 ? (
        <div className="mb-2">
          <label htmlFor={`${id}-filter`} className="sr-only">{props.filterLabel}</label>
          <input id={`${id}-filter`} type="search" className={inputClass} placeholder={props.filterLabel} value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      ) : null}
      <ul className="grid gap-1 sm:grid-cols-2">
        {shown.map((o) => (
          <li key={o.id}>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={props.name}
                value={String(o.id)}
                className="mt-1"
                checked={props.value.includes(o.id)}
                onChange={(e) => props.onChange(e.target.checked ? [...props.value, o.id] : props.value.filter((x) => x !== o.id))}
              />
              <span>
                {o.name}
                {o.other && o.other !== o.name ? <span className="text-slate-700 dark:text-slate-300"> · {o.other}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {props.error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">{props.error}</p> : null}
    </fieldset>
  );
}
