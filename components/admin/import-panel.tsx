"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ImportReport } from "@/lib/editing/catalog/report";
import { COLLECTIONS, MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS } from "@/lib/schemas/catalog-file";
import { buttonClass, errorTextClass, hintClass, inputClass, labelClass, secondaryButtonClass, tableClass, tdClass, thClass } from "./styles";

type Phase = { kind: "idle" } | { kind: "busy" } | { kind: "report"; report: ImportReport } | { kind: "error"; text: string };

/** A report that offers the import: a valid dry run's. */
const isValidDryRun = (report: ImportReport | null): report is ImportReport => report !== null && report.mode === "dry-run" && report.ok;

/**
 * Import in two steps: the dry run validates the whole file and shows what would be created, updated or left
 * unchanged; "Import" then sends the same file with the hash the dry run reported, and the server applies it in
 * one transaction (all or nothing). An import that fails without changing anything (it took too long, the database
 * was unreachable) keeps the dry run's report and its "Import" button, so trying again is one click.
 */
export function ImportPanel() {
  const t = useTranslations("admin.io");
  const tTimeout = useTranslations("importTimeout");
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // The last valid dry run of the chosen file: its hash is what "Import" sends.
  const [dryRun, setDryRun] = useState<ImportReport | null>(null);

  async function send(mode: "dry-run" | "apply", sha256?: string) {
    if (text === null) return;
    setPhase({ kind: "busy" });
    try {
      const query = new URLSearchParams({ mode, ...(sha256 ? { sha256 } : {}) });
      const response = await fetch(`/api/admin/import?${query.toString()}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: text,
      });
      if (response.status === 413) return setPhase({ kind: "error", text: t("tooLarge") });
      if (response.status === 401 || response.status === 403) return setPhase({ kind: "error", text: t("notAllowed") });
      // 200 and 422 carry a report; anything else is an error (503: nothing was changed).
      if (response.status !== 200 && response.status !== 422) {
        const code = ((await response.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
        return setPhase({ kind: "error", text: code === "timeout" ? tTimeout("tooSlow") : code === "unavailable" ? tTimeout("unavailable") : t("failed") });
      }
      const body = (await response.json()) as ImportReport;
      // A report ends the offer (an apply's, or a failed dry run's) unless it is a valid dry run's; an error keeps it.
      setDryRun(isValidDryRun(body) ? body : null);
      setPhase({ kind: "report", report: body });
    } catch {
      setPhase({ kind: "error", text: t("failed") });
    }
  }

  const report = phase.kind === "report" ? phase.report : null;
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${id}-file`} className={labelClass}>{t("file")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          className={inputClass}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setPhase({ kind: "idle" });
            setDryRun(null);
            if (!file) return setText(null);
            setFileName(file.name);
            setText(await file.text());
          }}
        />
        <p className={hintClass}>{t("fileHint", { megabytes: MAX_CATALOG_BYTES / (1024 * 1024), entries: MAX_CATALOG_ITEMS.toLocaleString("en") })}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} disabled={text === null || phase.kind === "busy"} onClick={() => send("dry-run")}>
          {t("dryRun")}
        </button>
        {dryRun ? (
          <button type="button" className={buttonClass} disabled={phase.kind === "busy"} onClick={() => send("apply", dryRun.sha256)}>
            {t("apply", { file: fileName })}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {phase.kind === "busy" ? <p>{t("working")}</p> : null}
        {phase.kind === "error" ? <p className={errorTextClass}>{phase.text}</p> : null}
        {report ? (
          <div>
            <p className={report.ok ? "font-semibold" : `${errorTextClass} font-semibold`}>
              {report.mode === "apply" ? (report.ok ? t("applied") : t("notApplied")) : report.ok ? t("valid") : t("invalid")}
            </p>
            {Object.keys(report.counts).length > 0 ? (
              <table className={`${tableClass} mt-2 max-w-xl`}>
                <caption className="sr-only">{t("reportTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>{t("collection")}</th>
                    <th scope="col" className={thClass}>{t("create")}</th>
                    <th scope="col" className={thClass}>{t("update")}</th>
                    <th scope="col" className={thClass}>{t("unchanged")}</th>
                  </tr>
                </thead>
                <tbody>
                  {COLLECTIONS.filter((c) => report.counts[c]).map((c) => (
                    <tr key={c}>
                      <th scope="row" className={`${tdClass} font-medium`}>{t(`collections.${c}`)}</th>
                      <td className={tdClass}>{report.counts[c]?.create}</td>
                      <td className={tdClass}>{report.counts[c]?.update}</td>
                      <td className={tdClass}>{report.counts[c]?.unchanged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {report.issues.length > 0 ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {report.issues.map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path || t("wholeFile")}</code>: {issue.code}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
