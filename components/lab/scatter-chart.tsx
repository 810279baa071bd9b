"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type uPlot from "uplot";
import type { SessionData } from "@/lib/regression";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { paddedRange, scatterColumns, type ScatterSeriesKind } from "./chart-data";
import { useChartTheme, type ChartTheme } from "./chart-theme";
import { UplotChart } from "./uplot-chart";

function colorOf(kind: ScatterSeriesKind, theme: ChartTheme): string {
  switch (kind) {
    case "train":
      return theme.points;
    case "test":
      return theme.testPoints;
    case "fit":
      return theme.fit;
    case "comparison":
      return theme.comparison;
    case "ols":
      return theme.ols;
  }
}

const noPath: uPlot.Series.PathBuilder = () => null;

/** The data (training and test points) with the fitted curve(s) updating as training runs. */
export function ScatterChart({
  data,
  fits,
  olsLine,
  runLabels,
  height,
  sessionKey,
}: {
  data: SessionData;
  fits: Float64Array[];
  olsLine: { w: number; b: number } | null;
  runLabels: string[];
  height: number;
  /** Changes with every new session (new data → new fixed y-range). */
  sessionKey: number;
}) {
  const t = useTranslations("lab.charts");
  const captionId = useId();
  const { theme, dark } = useChartTheme();
  const { columns, kinds, runIndex } = useMemo(() => scatterColumns(data, fits, olsLine), [data, fits, olsLine]);
  const yRange = useMemo(() => paddedRange(data.y), [data]);
  const xRange = useMemo(() => paddedRange(data.x, 0.03), [data]);
  const dense = data.x.length > 2000;

  const labels = kinds.map((k, i) => {
    if (k === "train") return t("trainPoints");
    if (k === "test") return t("testPoints");
    if (k === "ols") return t("olsLine");
    return runLabels.length > 1 ? `${t("fit")}: ${runLabels[runIndex[i] ?? 0] ?? ""}` : t("fit");
  });

  const makeOptions = (width: number, h: number): uPlot.Options => ({
    width,
    height: h,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: xRange }, y: { range: yRange } },
    axes: [
      { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid }, label: "x" },
      { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid }, label: "y", size: 56 },
    ],
    series: [
      {},
      ...kinds.map((k, i) => {
        const color = colorOf(k, theme);
        if (k === "train" || k === "test") {
          return {
            label: labels[i],
            stroke: color,
            paths: noPath,
            points: { show: true, size: dense ? 3 : 5, stroke: color, fill: color, width: 0 },
          };
        }
        return {
          label: labels[i],
          stroke: color,
          width: k === "fit" ? 2.5 : 1.5,
          dash: k === "ols" ? [6, 4] : k === "comparison" ? [2, 3] : undefined,
          points: { show: false },
        };
      }),
    ],
  });

  const legend: LegendItem[] = kinds.map((k, i) => ({
    label: labels[i] ?? "",
    color: colorOf(k, theme),
    kind: k === "train" || k === "test" ? "points" : k === "fit" ? "line" : "dashed",
  }));

  return (
    <figure aria-labelledby={captionId} className="min-w-0">
      <figcaption id={captionId} className="mb-1 text-sm font-medium">
        {t("scatterTitle")}
      </figcaption>
      <UplotChart
        makeOptions={makeOptions}
        data={columns as uPlot.AlignedData}
        height={height}
        optionsKey={`${sessionKey}|${kinds.join(",")}|${labels.join(",")}|${dark}`}
      />
      <ChartLegend items={legend} />
    </figure>
  );
}
