/**
 * Timing of one regression core on the article's fit (trainer creation + 100 epochs), for bench/regression.ts. It
 * takes the core as a parameter: the bench times the shipped bundle (./core-fork.ts) and, for comparison, the
 * TypeScript as tsx runs it.
 */
import type { RunConfig, Trainer } from "../../lib/regression";

export type RegressionCore = typeof import("../../lib/regression");

/** A process's timed fits (wall and CPU ms, any order) and its cold first fit as the figures every timing reports. */
export function summarize(times: number[], cpu: number[], coldMs: number): Timing {
  const wall = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  return {
    runs: wall.length,
    medianMs: median(wall),
    minMs: wall[0] ?? 0,
    p95Ms: percentile(wall, 95),
    maxMs: wall[wall.length - 1] ?? 0,
    coldMs,
    cpuMedianMs: median(cpuSorted),
  };
}

/** What every timing of a fit reports, ours and TF.js's alike (bench/regression.ts combines processes by these). */
export interface Timing {
  /** Timed fits in one process. */
  runs: number;
  /** Median wall time of one fit (ours: trainer creation + training; TF.js: model build + compile + fit), ms. */
  medianMs: number;
  minMs: number;
  p95Ms: number;
  maxMs: number;
  /** The very first fit in this process, before any warm-up (JIT cold), ms. */
  coldMs: number;
  /** Median CPU time of one fit, ms. */
  cpuMedianMs: number;
}

export interface CoreBenchResult extends Timing {
  /** Full-data normalised MSE after training (identical every run: same seed). */
  mseNormalized: number;
  /** Closed-form OLS optimum on the same data (normalised units); null if x is constant. */
  olsMseNormalized: number | null;
  /** (mse − ols) / ols; null without an OLS optimum. */
  relativeGapToOls: number | null;
  /** Learned line in original units (linear model only, else null). */
  w: number | null;
  b: number | null;
}

export function median(sorted: number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[m] ?? 0) : ((sorted[m - 1] ?? 0) + (sorted[m] ?? 0)) / 2;
}

/** CPU time this process has used, ms (user + system): what waiting for a CPU on a busy machine does not inflate. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Our warm-up: TF.js' 3 warm-up fits take ~250 ms, so ours gets at least as long (thousands of fits) as well as a
 * minimum count.
 */
const WARM_UP_FITS = 200;
const WARM_UP_MS = 300;

/** Times `core` (the shipped bundle in a process of its own, or the TypeScript as tsx runs it) on the article's fit. */
export function benchOurCore(
  core: RegressionCore,
  runs = 20,
  config: RunConfig = core.PRESETS.article.config,
): CoreBenchResult {
  const { buildReport, createTrainer, datasetConfigOf, generateDataset, trainerConfigOf } = core;
  const n = Math.max(1, Math.floor(runs));
  const data = generateDataset(datasetConfigOf(config));
  const trainerConfig = trainerConfigOf(config, data);

  const c0 = performance.now();
  createTrainer(trainerConfig).run();
  const coldMs = performance.now() - c0;
  // Warm-up so the JIT has compiled the hot loops before timing: at least WARM_UP_FITS fits and WARM_UP_MS of them.
  // V8 optimises on a background thread, so a count alone is not enough: after 200 fits (~12 ms) the last optimised
  // code was not always installed yet, and the timed medians of one build ranged 55-68 µs between processes (with
  // --single-threaded, which compiles on the main thread, 55-57 µs every time).
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < WARM_UP_FITS || performance.now() < warmUntil; i++) createTrainer(trainerConfig).run();

  const times: number[] = [];
  const cpu: number[] = [];
  let last: Trainer | null = null;
  for (let i = 0; i < n; i++) {
    const c = cpuMs();
    const t0 = performance.now();
    const trainer = createTrainer(trainerConfig);
    trainer.run();
    times.push(performance.now() - t0);
    cpu.push(cpuMs() - c);
    last = trainer;
  }
  const report = buildReport((last ?? createTrainer(trainerConfig)).state());
  return {
    ...summarize(times, cpu, coldMs),
    mseNormalized: report.mseNormalized,
    olsMseNormalized: report.ols?.normalized.mse ?? null,
    relativeGapToOls: report.relativeGapToOls,
    w: report.linearOriginal?.w ?? null,
    b: report.linearOriginal?.b ?? null,
  };
}
