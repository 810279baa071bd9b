/**
 * Benchmark of the pure-TS regression core on the article's task
 * (Dense(1), SGD 0.01, batch 32, 100 epochs, 100 points, seed 42).
 * The TF.js comparison lives beside this (added separately).
 */
import {
  PRESETS,
  buildReport,
  createTrainer,
  generateDataset,
  datasetConfigOf,
  trainerConfigOf,
  type RunConfig,
  type Trainer,
} from "../lib/regression";

export interface CoreBenchResult {
  runs: number;
  /** Median wall time of one 100-epoch fit (trainer creation + training), ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
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

function median(sorted: number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[m] ?? 0) : ((sorted[m - 1] ?? 0) + (sorted[m] ?? 0)) / 2;
}

export function benchOurCore(runs = 20, config: RunConfig = PRESETS.article.config): CoreBenchResult {
  const n = Math.max(1, Math.floor(runs));
  const data = generateDataset(datasetConfigOf(config));
  const trainerConfig = trainerConfigOf(config, data);

  // Warm-up so the JIT has compiled the hot loops before timing.
  for (let i = 0; i < 20; i++) createTrainer(trainerConfig).run();

  const times: number[] = [];
  let last: Trainer | null = null;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const trainer = createTrainer(trainerConfig);
    trainer.run();
    times.push(performance.now() - t0);
    last = trainer;
  }
  times.sort((a, b) => a - b);

  const report = buildReport((last ?? createTrainer(trainerConfig)).state());
  return {
    runs: n,
    medianMs: median(times),
    minMs: times[0] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
    mseNormalized: report.mseNormalized,
    olsMseNormalized: report.ols?.normalized.mse ?? null,
    relativeGapToOls: report.relativeGapToOls,
    w: report.linearOriginal?.w ?? null,
    b: report.linearOriginal?.b ?? null,
  };
}
