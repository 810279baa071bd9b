"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type uPlot from "uplot";
import { epochAxisEnd, integerTicks, logRange, prefersLogScale } from "@/lib/regression";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { lossColumns, type LossSeriesKind } from "./chart-data";
import { useChartTheme, type ChartTheme } from "./chart-theme";
import type { RunView } from "./use-training";
import { UplotChart } from "./uplot-chart";

function colorOf(kind: LossSeriesKind, theme: ChartTheme): string {
  return kind === "train" ? theme.train : kind === "test" ? theme.test : kind === "ols" ? theme.ols : theme.comparison;
}

/** Room per epoch tick label, in CSS pixels. */
const TICK_SPACE = 64;

/**
 * Writes what the chart shows onto its box after each draw: the epoch tick labels, the y scale and its range. The
 * canvas is hidden from assistive technology; these let the e2e tests check what was drawn.
 */
function recordAxes(u: uPlot, log: boolean): void {
  const box = u.root.parentElement;
  if (!box) return;
  const { min, max } = u.scales.x ?? {};
  box.dataset.epochTicks = integerTicks(min ?? 0, max ?? 0, Math.floor(u.width / TICK_SPACE)).join(" ");
  box.dataset.yScale = log ? "log" : "linear";
  box.dataset.yMin = String(u.scales.y?.min ?? "");
  box.dataset.yMax = String(u.scales.y?.max ?? "");
}

/**
 * Live loss curve: training (and test) MSE per epoch, with the OLS optimum as a reference line. The epoch axis spans
 * the planned run in whole epochs; a switch puts the loss on a log scale (on by default once it has grown past ten
 * times its start, as a diverging run's does), and the OLS line stays in range on either scale.
 */
export function LossChart({
  runs,
  olsMse,
  runLabels,
  height,
  sessionKey,
}: {
  runs: RunView[];
  olsMse: number | null;
  runLabels: string[];
  height: number;
  /** Changes with every new session: the scale goes back to its automatic choice. */
  sessionKey: number;
}) {
  const t = useTranslations("lab.charts");
  const captionId = useId();
  const switchId = useId();
  const { theme, dark } = useChartTheme();
  const [choice, setChoice] = useState<boolean | null>(null);
  const [seenSession, setSeenSession] = useState(sessionKey);
  if (seenSession !== sessionKey) {
    setSeenSession(sessionKey);
    setChoice(null);
  }
  const primary = runs[0];
  const auto = primary ? prefersLogScale(primary.history.map((h) => h.mse), primary.divergence !== null) : false;
  const log = choice ?? auto;
  const lastEpoch = runs.reduce((m, r) => Math.max(m, epochAxisEnd(r.epochs, r.divergence?.epoch ?? null)), 1);
  const started = runs.some((r) => r.history.length > 1);
  const { columns, kinds } = useMemo(() => lossColumns(runs, olsMse, { lastEpoch, log }), [runs, olsMse, lastEpoch, log]);

  const labels = kinds.map((k, i) => {
    if (k === "train") return runLabels.length > 1 ? `${t("trainMse")}: ${runLabels[0]}` : t("trainMse");
    if (k === "test") return t("testMse");
    if (k === "ols") return t("olsOptimum");
    const compIndex = kinds.slice(0, i + 1).filter((x) => x === "comparison").length;
    return `${t("trainMse")}: ${runLabels[compIndex] ?? ""}`;
  });

  const makeOptions = (width: number, h: number): uPlot.Options => ({
    width,
    height: h,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [0, lastEpoch] },
      y: log
        ? { distr: 3, log: 10, range: (_u, min, max) => logRange([min, max]) }
        : { range: (_u, _min, max) => [0, max !== null && max > 0 ? max * 1.08 : 1] },
    },
    axes: [
      {
        stroke: theme.axis,
        grid: { stroke: theme.grid },
        ticks: { stroke: theme.grid },
        label: t("epochAxis"),
        splits: (u, _axis, min, max) => integerTicks(min, max, Math.floor(u.width / TICK_SPACE)),
        values: (_u, splits) => splits.map((v) => String(v)),
      },
      { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid }, label: t("mseAxis"), size: 60 },
    ],
    series: [
      {},
      ...kinds.map((k, i) => ({
        label: labels[i],
        stroke: colorOf(k, theme),
        width: k === "ols" ? 1.5 : 2,
        dash: k === "ols" ? [6, 4] : k === "comparison" ? [2, 3] : undefined,
        // Before the first epoch the loss is a single value: show it as a dot.
        points: { show: !started && k !== "ols", size: 6 },
      })),
    ],
    hooks: { draw: [(u) => recordAxes(u, log)] },
  });

  const legend: LegendItem[] = kinds.map((k, i) => ({
    label: labels[i] ?? "",
    color: colorOf(k, theme),
    kind: k === "train" || k === "test" ? "line" : "dashed",
  }));

  return (
    <figure aria-labelledby={captionId} className="min-w-0">
      <figcaption className="mb-1 flex flex-wrap items-center justify-between gap-x-3 text-sm">
        <span id={captionId} className="font-medium">
          {t("lossTitle")}
        </span>
        <span className="flex items-center gap-1.5">
          <input id={switchId} type="checkbox" className="h-4 w-4" checked={log} onChange={(e) => setChoice(e.target.checked)} />
          <label htmlFor={switchId}>{t("logScale")}</label>
        </span>
      </figcaption>
      <UplotChart
        makeOptions={makeOptions}
        data={columns as uPlot.AlignedData}
        height={height}
        optionsKey={`${kinds.join(",")}|${labels.join(",")}|${dark}|${log}|${lastEpoch}|${started}`}
      />
      <ChartLegend items={legend} />
    </figure>
  );
}
