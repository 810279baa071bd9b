"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { evenlySpacedIndices, formatNumber, type SessionData } from "@/lib/regression";
import type { RunView } from "./use-training";

const MAX_ROWS = 200;

const TABLE = "mt-2 w-full border-collapse text-left text-xs tabular-nums";
const TH = "border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-700";
const TD = "border-b border-slate-100 px-2 py-0.5 dark:border-slate-800";

/** The charts' text alternative: their numbers as tables, behind a toggle. */
export function DataTables({ data, run }: { data: SessionData; run: RunView }) {
  const t = useTranslations("lab.charts");
  const r = useTranslations("lab.report");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const fmt = (v: number | null) => formatNumber(v, { locale, digits: 5 });

  const pointRows = open ? evenlySpacedIndices(data.x.length, MAX_ROWS) : [];
  const history = run.history;
  const lossRows = open ? evenlySpacedIndices(history.length, MAX_ROWS) : [];
  const hasTest = history.some((h) => h.testMse !== null);

  return (
    <div>
      <button
        type="button"
        className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t("hideTable") : t("showTable")}
      </button>
      <div id={regionId} hidden={!open} className="mt-2 grid gap-4 md:grid-cols-2">
        {open ? (
          <>
            <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={t("dataTable")}>
              <table className={TABLE}>
                <caption className="text-left text-sm font-medium">
                  {t("dataTable")}
                  {pointRows.length < data.x.length ? (
                    <span className="block text-xs font-normal">{t("shownOf", { shown: pointRows.length, total: data.x.length })}</span>
                  ) : null}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={TH}>{r("x")}</th>
                    <th scope="col" className={TH}>{r("yTrue")}</th>
                    <th scope="col" className={TH}>{r("yPred")}</th>
                    <th scope="col" className={TH}>{t("set")}</th>
                  </tr>
                </thead>
                <tbody>
                  {pointRows.map((i) => (
                    <tr key={i}>
                      <td className={TD}>{fmt(data.x[i] ?? null)}</td>
                      <td className={TD}>{fmt(data.y[i] ?? null)}</td>
                      <td className={TD}>{fmt(run.fit[i] ?? null)}</td>
                      <td className={TD}>{data.isTest[i] ? t("test") : t("train")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={t("lossTable")}>
              <table className={TABLE}>
                <caption className="text-left text-sm font-medium">
                  {t("lossTable")}
                  {lossRows.length < history.length ? (
                    <span className="block text-xs font-normal">{t("shownOf", { shown: lossRows.length, total: history.length })}</span>
                  ) : null}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={TH}>{t("epochAxis")}</th>
                    <th scope="col" className={TH}>{t("trainMse")}</th>
                    {hasTest ? <th scope="col" className={TH}>{t("testMse")}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {lossRows.map((i) => {
                    const h = history[i];
                    if (!h) return null;
                    return (
                      <tr key={h.epoch}>
                        <td className={TD}>{h.epoch}</td>
                        <td className={TD}>{fmt(h.mse)}</td>
                        {hasTest ? <td className={TD}>{fmt(h.testMse)}</td> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
