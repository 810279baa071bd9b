"use client";

import { sparkline } from "@/lib/regression";
import { useChartTheme } from "./chart-theme";

export const SPARKLINE_SIZE = { width: 96, height: 28 } as const;

/**
 * The loss so far as a tiny line in a fixed-size box, with the OLS optimum dashed. Decorative: the run bar states the
 * same numbers in text beside it.
 */
export function LossSparkline({ losses, olsMse, log }: { losses: ReadonlyArray<number | null>; olsMse: number | null; log: boolean }) {
  const { theme } = useChartTheme();
  const { width, height } = SPARKLINE_SIZE;
  const s = sparkline(losses, { width, height, log, reference: olsMse });
  return (
    <svg aria-hidden="true" width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0 overflow-visible">
      {s.referenceY !== null ? (
        <line x1={0} x2={width} y1={s.referenceY} y2={s.referenceY} stroke={theme.ols} strokeWidth={1} strokeDasharray="4 3" />
      ) : null}
      {s.points ? <polyline points={s.points} fill="none" stroke={theme.train} strokeWidth={1.5} strokeLinejoin="round" /> : null}
    </svg>
  );
}
