"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatNumber, formatSignedPercent, type RunConfig } from "@/lib/regression";
import type { RunView } from "./use-training";

/** One labelled number: a <dt>/<dd> pair, so the label is read with its value. */
function Stat({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "col-span-2" : undefined}>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="font-mono text-base font-semibold tabular-nums">
        {children}
      </dd>
    </div>
  );
}

export interface ReportPanelProps {
  run: RunView;
  config: RunConfig;
  comparisons: Array<{ label: string; run: RunView }>;
  primaryLabel: string | null;
  compact: boolean;
  dataSource: string;
}

/** Key numbers as text (the charts' text alternative), predictions and the weights download. */
export function ReportPanel({ run, config, comparisons, primaryLabel, compact, dataSource }: ReportPanelProps) {
  const t = useTranslations("lab.report");
  const tTiming = useTranslations("labTiming");
  const locale = useLocale();
  const fmt = (v: number | null | undefined, digits = 4) => formatNumber(v, { locale, digits });
  const { report } = run;
  const olsMse = report.ols?.normalized.mse ?? null;

  const exportWeights = () => {
    const payload = {
      ...report.weights,
      epochs: run.epoch,
      mseNormalized: report.mseNormalized,
      olsOptimum: olsMse,
      config,
      data: dataSource,
    };
    const blob = new Blob([`${JSON.stringify(payload, null, 2)}\n`], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `regression-weights-seed${config.seed}-epoch${run.epoch}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section aria-labelledby="lab-report-heading" className="space-y-3">
      <h3 id="lab-report-heading" className="text-base font-semibold">
        {t("heading")}
      </h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        <Stat label={t("epoch")}>{t("epochValue", { epoch: run.epoch, epochs: run.epochs })}</Stat>
        <Stat label={t("mseNormalized")}>{fmt(report.mseNormalized)}</Stat>
        <Stat label={t("olsOptimum")}>{fmt(olsMse)}</Stat>
        <Stat label={t("gap")}>{formatSignedPercent(report.relativeGapToOls, { locale })}</Stat>
        <Stat label={t("mseOriginal")}>{fmt(report.mseOriginal)}</Stat>
        <Stat label={t("r2")}>{fmt(report.r2)}</Stat>
        {report.testMseNormalized !== null ? <Stat label={t("testMse")}>{fmt(report.testMseNormalized)}</Stat> : null}
        <Stat label={t("w")}>{report.linearOriginal ? fmt(report.linearOriginal.w) : t("notALine")}</Stat>
        <Stat label={t("b")}>{report.linearOriginal ? fmt(report.linearOriginal.b) : t("notALine")}</Stat>
        {!compact ? (
          <Stat label={t("olsLine")} wide>
            {report.ols
              ? t("olsLineValue", { w: fmt(report.ols.original.w), b: fmt(report.ols.original.b) })
              : t("none")}
          </Stat>
        ) : null}
      </dl>
      {run.epoch > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="lab-training-time">
          {tTiming("trainedIn", { ms: formatNumber(run.trainingMs, { locale, digits: 2 }) })}
        </p>
      ) : null}
      {!compact ? <p className="text-xs text-slate-600 dark:text-slate-400">{t("olsNote")}</p> : null}

      {comparisons.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm tabular-nums">
            <caption className="text-left text-sm font-medium">{t("comparisons")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("model")}</th>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("epoch")}</th>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("mseNormalized")}</th>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("r2")}</th>
              </tr>
            </thead>
            <tbody>
              {[{ label: primaryLabel ?? "", run }, ...comparisons].map((c) => (
                <tr key={c.label}>
                  <th scope="row" className="border-b border-slate-100 px-2 py-1 font-normal dark:border-slate-800">{c.label}</th>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{c.run.epoch}</td>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{fmt(c.run.report.mseNormalized)}</td>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{fmt(c.run.report.r2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {!compact && report.predictions.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm tabular-nums">
            <caption className="text-left text-sm font-medium">{t("predictions")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("x")}</th>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("yTrue")}</th>
                <th scope="col" className="border-b border-slate-300 px-2 py-1 dark:border-slate-700">{t("yPred")}</th>
              </tr>
            </thead>
            <tbody>
              {report.predictions.map((p, i) => (
                <tr key={i}>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{fmt(p.x)}</td>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{fmt(p.yTrue)}</td>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{fmt(p.yPred)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <div>
        <button
          type="button"
          onClick={exportWeights}
          className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
          aria-describedby={compact ? undefined : "lab-export-hint"}
        >
          {t("export")}
        </button>
        {!compact ? (
          <p id="lab-export-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("exportHint")}
          </p>
        ) : null}
      </div>
    </section>
  );
}
