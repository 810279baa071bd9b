/**
 * The lab's first frame, computed on the server with the regression core itself (pure: no React, no DOM): the same
 * session the widget's worker starts with (same config, seed and data), its untrained fit, the OLS line and the
 * starting loss, laid out as the paths and points of two small SVG charts. The widget replaces it once loaded.
 */
import { createSession, PRESETS, matchesPreset, type RunConfig } from "@/lib/regression";

/** Drawing units of the SVG viewBox (the SVG stretches to the chart box; strokes do not scale). */
export const FRAME_WIDTH = 600;

export interface Plot {
  /** viewBox height (the chart's CSS height, so the drawing is not squeezed on a desktop). */
  height: number;
  /** Tick labels along each axis: value text and its position in viewBox units. */
  xTicks: Array<{ at: number; label: string }>;
  yTicks: Array<{ at: number; label: string }>;
  /** The plotting area inside the viewBox. */
  area: { left: number; top: number; right: number; bottom: number };
}

export interface ScatterFrame extends Plot {
  /** "M x y h0" segments: each one a dot (round caps) in viewBox units. */
  trainDots: string;
  testDots: string;
  /** The OLS line (null when the data has no spread in x) and the untrained fit, as SVG path data. */
  olsPath: string | null;
  fitPath: string;
}

export interface LossFrame extends Plot {
  /** The starting MSE (epoch 0) as a point, and the OLS optimum as a level line. */
  start: { x: number; y: number } | null;
  olsY: number | null;
}

export interface FirstFrame {
  scatter: ScatterFrame;
  loss: LossFrame;
  nTrain: number;
  nTest: number;
  epochs: number;
  /** The least-squares line in original units (null without one), and the untrained model's starting MSE. */
  ols: { w: number; b: number } | null;
  olsMse: number | null;
  startMse: number;
}

const MARGIN = { left: 56, right: 8, top: 8, bottom: 30 } as const;

/** "Nice" ticks (1, 2, 5 × 10^k) covering [lo, hi], at most `max` of them. */
export function niceTicks(lo: number, hi: number, max = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return [lo];
  const mag = 10 ** Math.floor(Math.log10((hi - lo) / max));
  const count = (step: number) => Math.floor(hi / step + 1e-9) - Math.ceil(lo / step - 1e-9) + 1;
  const step = [1, 2, 5, 10, 20, 50].map((m) => m * mag).find((s) => count(s) <= max) ?? 100 * mag;
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) ticks.push(k === 0 ? 0 : +(k * step).toPrecision(12));
  return ticks;
}

function label(v: number): string {
  return String(+v.toPrecision(4));
}

function range(values: ArrayLike<number>, pad: number): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * pad, hi + span * pad];
}

function scaler(height: number, [x0, x1]: [number, number], [y0, y1]: [number, number]) {
  const area = { left: MARGIN.left, top: MARGIN.top, right: FRAME_WIDTH - MARGIN.right, bottom: height - MARGIN.bottom };
  const sx = (x: number) => area.left + ((x - x0) / (x1 - x0 || 1)) * (area.right - area.left);
  const sy = (y: number) => area.bottom - ((y - y0) / (y1 - y0 || 1)) * (area.bottom - area.top);
  const plot = (xTicks: number[], yTicks: number[]): Plot => ({
    height,
    area,
    xTicks: xTicks.map((v) => ({ at: round(sx(v)), label: label(v) })),
    yTicks: yTicks.map((v) => ({ at: round(sy(v)), label: label(v) })),
  });
  return { sx, sy, area, plot };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Path data through finite points only (a gap starts a new segment). */
function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: (v: number) => number, sy: (v: number) => number, clip: [number, number]): string {
  let d = "";
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i] as number;
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    // Keep wild values drawable (a fixed y-range, as the live chart has): clamp a little beyond the box.
    const py = Math.min(clip[1], Math.max(clip[0], sy(y)));
    d += `${pen ? "L" : "M"}${round(sx(xs[i] as number))} ${round(py)}`;
    pen = true;
  }
  return d;
}

/**
 * The widget's starting state for `config`: the data (sorted by x, the test points marked), the OLS line, the
 * untrained fit and the loss at epoch 0, exactly as the worker's first "ready" message would carry them.
 */
export function firstFrame(config: RunConfig, chartHeight: number): FirstFrame {
  const comparisons = config.preset !== null && matchesPreset(config) ? PRESETS[config.preset].runs.slice(1).map((r) => r.config) : [];
  const session = createSession({ config, comparisons, now: () => 0 });
  const { data } = session;
  const [primary] = session.snapshot();
  if (!primary) throw new Error("a session has a primary run");
  const olsOriginal = primary.report.ols?.original ?? null;
  const ols = olsOriginal && Number.isFinite(olsOriginal.w) && Number.isFinite(olsOriginal.b) ? { w: olsOriginal.w, b: olsOriginal.b } : null;

  // Scatter: the same ranges as the live chart (x padded 3 %, y 10 %).
  const xr = range(data.x, 0.03);
  const yr = range(data.y, 0.1);
  const s = scaler(chartHeight, xr, yr);
  const dots = (test: boolean) => {
    let d = "";
    for (let i = 0; i < data.x.length; i++) {
      if ((data.isTest[i] === 1) !== test || !Number.isFinite(data.y[i] as number)) continue;
      d += `M${round(s.sx(data.x[i] as number))} ${round(s.sy(data.y[i] as number))}h0`;
    }
    return d;
  };
  const clip: [number, number] = [s.area.top - 4, s.area.bottom + 4];
  const first = data.x[0] as number;
  const last = data.x[data.x.length - 1] as number;
  const scatter: ScatterFrame = {
    ...s.plot(niceTicks(xr[0], xr[1]), niceTicks(yr[0], yr[1])),
    trainDots: dots(false),
    testDots: dots(true),
    olsPath: ols ? linePath([first, last], [ols.w * first + ols.b, ols.w * last + ols.b], s.sx, s.sy, clip) : null,
    fitPath: linePath(data.x, primary.fit, s.sx, s.sy, clip),
  };

  // Loss: x = epochs 0..planned, y from 0 to the larger of the starting MSE and the OLS optimum (the live chart's
  // linear scale), the start as a dot.
  const startMse = primary.report.mseNormalized;
  const olsMse = primary.report.ols?.normalized.mse ?? null;
  const top = Math.max(Number.isFinite(startMse) ? startMse : 0, olsMse ?? 0);
  const lossY: [number, number] = [0, top > 0 ? top * 1.08 : 1];
  const l = scaler(chartHeight, [0, primary.epochs], lossY);
  const loss: LossFrame = {
    ...l.plot(niceTicks(0, primary.epochs), niceTicks(lossY[0], lossY[1])),
    start: Number.isFinite(startMse) ? { x: round(l.sx(0)), y: round(l.sy(startMse)) } : null,
    olsY: olsMse !== null && Number.isFinite(olsMse) ? round(l.sy(olsMse)) : null,
  };

  return { scatter, loss, nTrain: data.nTrain, nTest: data.nTest, epochs: primary.epochs, ols, olsMse, startMse };
}
