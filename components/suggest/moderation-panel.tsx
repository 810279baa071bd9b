"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useActionNotice } from "@/components/admin/action-notice";
import { FieldErrors, useErrorText } from "@/components/admin/field-errors";
import { buttonClass, dangerButtonClass, inputClass, labelClass, secondaryButtonClass } from "@/components/admin/styles";
import { useRouter } from "@/i18n/navigation";
import type { MutationResult } from "@/lib/editing/types";
import {
  acceptEditSuggestionAction, acceptNewSuggestionAction, declineSuggestionAction, spamSuggestionAction,
} from "@/lib/actions/suggestions";

interface Props {
  id: number;
  kind: "new" | "edit";
  /** new, with "other" as its domain: the editor picks one for the draft. */
  domains: Array<{ id: number; name: string }> | null;
  /** edit: the fields an editor may apply, the ones chosen by default, and the version shown on the page. */
  fields: Array<{ column: string; label: string; movedOn: boolean }>;
  chosen: string[];
  version: number | null;
}

/** Accept, decline (with a reason) or mark as spam. Each outcome is announced; the page then shows the decision. */
export function ModerationPanel(props: Props) {
  const t = useTranslations("admin.suggestions");
  const results = useTranslations("admin.results");
  const errorText = useErrorText();
  const router = useRouter();
  const announce = useActionNotice();
  const id = useId();
  const [pending, start] = useTransition();
  const [domainId, setDomainId] = useState("");
  const [chosen, setChosen] = useState<string[]>(props.chosen);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string; fieldErrors?: Record<string, string[]> } | null>(null);

  function run(action: () => Promise<MutationResult<unknown>>, success: string) {
    setResult(null);
    start(async () => {
      let r: MutationResult<unknown>;
      try {
        r = await action();
      } catch {
        setResult({ ok: false, text: results("failed") });
        return;
      }
      if (r.ok) {
        // The decided page no longer shows this panel: the layout's notice (which outlives it) says what happened.
        if (announce) announce(success);
        else setResult({ ok: true, text: success });
        router.refresh();
        return;
      }
      const fieldErrors = r.kind === "invalid" ? r.fieldErrors : undefined;
      const text = fieldErrors
        ? Object.entries(fieldErrors).map(([f, codes]) => `${f}: ${codes.map(errorText).join(" ")}`).join(" ")
        : r.message;
      setResult({ ok: false, text, fieldErrors });
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-6 rounded-md border border-slate-300 p-4 dark:border-slate-700">
      <h2 id={`${id}-title`} className="text-xl font-semibold">{t("accept")} / {t("decline")}</h2>
      {props.kind === "new" ? (
        <div className="space-y-3">
          {props.domains ? (
            <div>
              <label htmlFor={`${id}-domain`} className={labelClass}>{t("chooseDomain")}</label>
              <select id={`${id}-domain`} className={inputClass} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
                <option value="">—</option>
                {props.domains.map((d) => <option key={d.id} value={String(d.id)}>{d.name}</option>)}
              </select>
              <FieldErrors id={`${id}-domain-error`} codes={result?.fieldErrors?.domainId} />
            </div>
          ) : null}
          <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => acceptNewSuggestionAction(props.id, domainId), t("accepted"))}>
            {t("acceptNew")}
          </button>
        </div>
      ) : (
        <div className="space-y-3">
          <fieldset>
            <legend className="mb-1 text-sm font-semibold">{t("apply")}</legend>
            <ul className="space-y-1">
              {props.fields.map((f) => (
                <li key={f.column}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={chosen.includes(f.column)}
                      onChange={(e) => setChosen((c) => (e.target.checked ? [...c, f.column] : c.filter((x) => x !== f.column)))}
                    />
                    {f.label}
                    {f.movedOn ? <span className="text-amber-800 dark:text-amber-300">({t("changedMeanwhile")})</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button
            type="button"
            className={buttonClass}
            disabled={pending || props.version === null}
            onClick={() => run(() => acceptEditSuggestionAction(props.id, props.version ?? 0, chosen), t("accepted"))}
          >
            {t("acceptEdit")}
          </button>
        </div>
      )}
      <div className="space-y-2">
        <label htmlFor={`${id}-reason`} className={labelClass}>{t("declineReason")}</label>
        <textarea id={`${id}-reason`} rows={3} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />
        <FieldErrors id={`${id}-reason-error`} codes={result?.fieldErrors?.decisionReason} />
        <div className="flex flex-wrap gap-3">
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(() => declineSuggestionAction(props.id, reason), t("declined"))}>
            {t("decline")}
          </button>
          <button type="button" className={dangerButtonClass} disabled={pending} onClick={() => run(() => spamSuggestionAction(props.id), t("markedSpam"))}>
            {t("spam")}
          </button>
        </div>
      </div>
      <p role={result && !result.ok ? "alert" : "status"} className={result && !result.ok ? "text-red-700 dark:text-red-400" : ""}>
        {result?.text ?? ""}
      </p>
    </section>
  );
}
