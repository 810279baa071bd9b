"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type uPlot from "uplot";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { lossColumns, type LossSeriesKind } from "./chart-data";
import { useChartTheme, type ChartTheme } from "./chart-theme";
import type { RunView } from "./use-training";
import { UplotChart } from "./uplot-chart";

function colorOf(kind: LossSeriesKind, theme: ChartTheme): string {
  return kind === "train" ? theme.train : kind === "test" ? theme.test : kind === "ols" ? theme.ols : theme.comparison;
}

/** Live loss curve: training (and test) MSE per epoch, with the OLS optimum as a reference line. */
export function LossChart({
  runs,
  olsMse,
  runLabels,
  height,
}: {
  runs: RunView[];
  olsMse: number | null;
  runLabels: string[];
  height: number;
}) {
  const t = useTranslations("lab.charts");
  const captionId = useId();
  const { theme, dark } = useChartTheme();
  const { columns, kinds } = useMemo(() => lossColumns(runs, olsMse), [runs, olsMse]);

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
      x: { time: false },
      y: { range: (_u, _min, max) => [0, max !== null && max > 0 ? max * 1.08 : 1] },
    },
    axes: [
      { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid }, label: t("epochAxis") },
      { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid }, label: t("mseAxis"), size: 56 },
    ],
    series: [
      {},
      ...kinds.map((k, i) => ({
        label: labels[i],
        stroke: colorOf(k, theme),
        width: k === "ols" ? 1.5 : 2,
        dash: k === "ols" ? [6, 4] : k === "comparison" ? [2, 3] : undefined,
        points: { show: false },
      })),
    ],
  });

  const legend: LegendItem[] = kinds.map((k, i) => ({
    label: labels[i] ?? "",
    color: colorOf(k, theme),
    kind: k === "train" || k === "test" ? "line" : "dashed",
  }));

  return (
    <figure aria-labelledby={captionId} className="min-w-0">
      <figcaption id={captionId} className="mb-1 text-sm font-medium">
        {t("lossTitle")}
      </figcaption>
      <UplotChart
        makeOptions={makeOptions}
        data={columns as uPlot.AlignedData}
        height={height}
        optionsKey={`${kinds.join(",")}|${labels.join(",")}|${dark}`}
      />
      <ChartLegend items={legend} />
    </figure>
  );
}
