/**
 * A training session: one primary run plus optional comparison runs on the
 * same data, stepped together epoch by epoch. This is what the lab's Web
 * Worker drives; it stays pure (no DOM, no timers) so it is unit-tested here.
 */
import type { Dataset } from "./datasets";
import { generateDataset } from "./datasets";
import { buildReport, type RegressionReport } from "./report";
import { datasetConfigOf, trainerConfigOf, type RunConfig } from "./run-config";
import { createTrainer, splitIndices, type EpochRecord, type Trainer } from "./train";

export interface SessionInput {
  config: RunConfig;
  /** The user's own x,y data (original units); replaces the generated dataset. */
  custom?: { x: ArrayLike<number>; y: ArrayLike<number> } | null;
  /** Extra runs on the same data (only their model and training settings are used). */
  comparisons?: readonly RunConfig[];
  /** The clock that times training (ms); performance.now by default. */
  now?: () => number;
}

export interface SessionData {
  /** Every point, sorted by x (original units), for plotting. */
  x: Float64Array;
  y: Float64Array;
  /** 1 where the point is in the primary run's test set. */
  isTest: Uint8Array;
  nTrain: number;
  nTest: number;
}

export interface RunProgress {
  epoch: number;
  /** Target number of epochs. */
  epochs: number;
  done: boolean;
  divergence: { epoch: number; reason: string } | null;
  /** Epochs completed since the previous snapshot (all of them on the first). */
  records: EpochRecord[];
  /** Predictions at SessionData.x, original units. */
  fit: Float64Array;
  report: RegressionReport;
  /** Time spent training this run so far (its epochs only: no snapshots, messages or pauses), ms. */
  trainingMs: number;
}

export interface Session {
  readonly data: SessionData;
  /** True when every run has finished or diverged. */
  readonly done: boolean;
  /** Completed epochs of the primary run. */
  readonly epoch: number;
  /** One epoch of every unfinished run. Returns false when there was nothing left to do. */
  step(): boolean;
  /** Step until done or `budgetMs` has passed (at least one step). Returns the steps taken. */
  runFor(budgetMs: number, now?: () => number): number;
  /** Progress of every run (index 0 = primary) since the previous snapshot. */
  snapshot(): RunProgress[];
}

function datasetOf(input: SessionInput): Dataset {
  if (input.custom) return { x: Float64Array.from(input.custom.x), y: Float64Array.from(input.custom.y) };
  return generateDataset(datasetConfigOf(input.config));
}

/** Sort the points by x and mark the primary run's test points. */
function plotData(dataset: Dataset, trainer: Trainer): SessionData {
  const n = dataset.x.length;
  const { settings } = trainer.state();
  const { test } = splitIndices(n, settings.testFraction, settings.seed);
  const testMask = new Uint8Array(n);
  for (const i of test) testMask[i] = 1;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dataset.x[a] - dataset.x[b] || a - b);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const isTest = new Uint8Array(n);
  order.forEach((i, k) => {
    x[k] = dataset.x[i];
    y[k] = dataset.y[i];
    isTest[k] = testMask[i];
  });
  return { x, y, isTest, nTrain: n - test.length, nTest: test.length };
}

/** Throws RangeError for unusable data (see createTrainer); callers report it. */
export function createSession(input: SessionInput): Session {
  const dataset = datasetOf(input);
  const configs = [input.config, ...(input.comparisons ?? [])];
  const trainers = configs.map((c) => createTrainer(trainerConfigOf(c, dataset)));
  const primary = trainers[0];
  if (!primary) throw new RangeError("a session needs a run");
  const data = plotData(dataset, primary);
  const sent = trainers.map(() => 0);
  const clock = input.now ?? (() => performance.now());
  const trainingMs = trainers.map(() => 0);

  /** One epoch of every unfinished run; `timed`: each run's epoch is timed on its own. */
  const stepAll = (timed: boolean): boolean => {
    let any = false;
    for (let k = 0; k < trainers.length; k++) {
      const t = trainers[k];
      if (t.done) continue;
      if (timed) {
        const t0 = clock();
        t.step();
        trainingMs[k] += clock() - t0;
      } else {
        t.step();
      }
      any = true;
    }
    return any;
  };
  const step = (): boolean => stepAll(true);

  return {
    data,
    get done() {
      return trainers.every((t) => t.done);
    },
    get epoch() {
      return primary.epoch;
    },
    step,
    runFor(budgetMs, now = clock) {
      const t0 = now();
      let steps = 0;
      if (trainers.length === 1) {
        // One run: the whole slice is its training time (no clock reads around each epoch).
        let t = t0;
        while (stepAll(false)) {
          steps++;
          t = now();
          if (t - t0 >= budgetMs) break;
        }
        trainingMs[0] += t - t0;
        return steps;
      }
      while (step()) {
        steps++;
        if (now() - t0 >= budgetMs) break;
      }
      return steps;
    },
    snapshot() {
      return trainers.map((t, k) => {
        const state = t.state();
        const records = state.history.slice(sent[k]);
        sent[k] = state.history.length;
        return {
          epoch: state.epoch,
          epochs: state.settings.epochs,
          done: state.done,
          divergence: state.divergence,
          records,
          fit: t.predict(data.x),
          report: buildReport(state),
          trainingMs: trainingMs[k],
        };
      });
    },
  };
}
