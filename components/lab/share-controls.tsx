"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { csvTooLongForUrl, dataFileName, encodeLabUrl, shareLink, type LabUrlInput } from "@/lib/regression";
import { HINT_CLASS, INPUT_CLASS } from "./fields";

const BUTTON =
  "inline-flex shrink-0 items-center gap-1.5 rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";

/** What the last press of "Copy link" did, for the settings it was pressed with (`query`). */
type CopyState = { kind: "idle" } | { kind: "copied"; query: string; dataLeftOut: boolean } | { kind: "manual"; query: string; url: string };

/** The page's canonical address (APP_URL), so a link copied behind a proxy or on a LAN address still works. */
function canonicalPageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical || `${window.location.origin}${window.location.pathname}`;
}

/** Clipboard API first; then the older copy command (insecure origins have no navigator.clipboard). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no user activation: try the fallback.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * "Copy link": the canonical URL of the current settings, with a visible confirmation; when neither way of copying
 * works, the link is shown selected in a field to copy by hand. Own data too long for a link is left out of it; the
 * lab says so and offers the data as a file instead.
 */
export function ShareControls({ state }: { state: LabUrlInput }) {
  const t = useTranslations("lab.share");
  const id = useId();
  const [last, setLast] = useState<CopyState>({ kind: "idle" });
  // Once the settings change, the confirmation (or the hand-copy field) would describe an older link: it goes.
  const query = encodeLabUrl(state).toString();
  const copy: CopyState = last.kind !== "idle" && last.query === query ? last : { kind: "idle" };
  const manualRef = useRef<HTMLInputElement>(null);
  const dataTooLong = state.source === "csv" && state.csv.trim() !== "" && csvTooLongForUrl(state.csv);

  const onCopy = async () => {
    const link = shareLink(canonicalPageUrl(), state);
    if (await copyText(link.url)) {
      setLast({ kind: "copied", query, dataLeftOut: link.dataLeftOut });
      return;
    }
    setLast({ kind: "manual", query, url: link.url });
    requestAnimationFrame(() => manualRef.current?.select());
  };

  const onDownload = () => {
    const blob = new Blob([state.csv.endsWith("\n") ? state.csv : `${state.csv}\n`], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = dataFileName(state.config.seed);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => void onCopy()}>
          {t("copy")}
        </button>
        {dataTooLong ? (
          <button type="button" className={BUTTON} onClick={onDownload}>
            <span aria-hidden="true">↓</span>
            {t("download")}
          </button>
        ) : null}
      </div>
      <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {copy.kind === "copied" ? (copy.dataLeftOut ? t("copiedNoData") : t("copied")) : null}
      </p>
      {dataTooLong && copy.kind !== "copied" ? <p className={HINT_CLASS}>{t("dataLeftOut")}</p> : null}
      {copy.kind === "manual" ? (
        <div>
          <label htmlFor={`${id}-manual`} className="block text-sm font-medium">
            {t("manual")}
          </label>
          <input id={`${id}-manual`} ref={manualRef} readOnly className={INPUT_CLASS} value={copy.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  );
}
