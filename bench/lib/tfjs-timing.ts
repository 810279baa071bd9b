/**
 * Timing of TensorFlow.js on the article's fit, for bench/regression.ts, which runs it in fresh processes
 * (./tfjs-fork.ts) as it runs our core (./core-fork.ts): both sides measured in the same kind of process.
 */
import type { RunConfig } from "../../lib/regression";
import { cpuMs, summarize, type RegressionCore, type Timing } from "./core-timing";

export type Tf = typeof import("@tensorflow/tfjs");

export interface TfjsBenchResult extends Timing {
  /** Normalised MSE of the last fitted model on the full data. */
  mseNormalized: number;
  relativeGapToOls: number | null;
}

/**
 * The same task in TensorFlow.js 4.22 on its pure-JS cpu backend, on the very
 * same (z-scored) data: Keras defaults as in the
 * article — Dense(1), SGD(0.01), MSE, batch 32, 100 epochs, shuffled.
 * tfjs is a devDependency used only here; app code never imports it.
 */
export async function benchTfjs(
  tf: Tf,
  core: RegressionCore,
  runs = 20,
  config: RunConfig = core.PRESETS.article.config,
): Promise<TfjsBenchResult> {
  const { datasetConfigOf, fitOlsBothUnits, fitZScore, generateDataset, mse, transform } = core;
  await tf.setBackend("cpu");
  await tf.ready();

  const data = generateDataset(datasetConfigOf(config));
  const xs = transform(data.x, fitZScore(data.x));
  const ys = transform(data.y, fitZScore(data.y));
  const xT = tf.tensor2d(Array.from(xs), [xs.length, 1]);
  const yT = tf.tensor2d(Array.from(ys), [ys.length, 1]);
  const ols = fitOlsBothUnits(data.x, data.y)?.normalized.mse ?? null;

  const fitOnce = async (): Promise<{ ms: number; cpu: number; mse: number }> => {
    const c = cpuMs();
    const t0 = performance.now();
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
    model.compile({ optimizer: tf.train.sgd(config.learningRate), loss: "meanSquaredError" });
    await model.fit(xT, yT, { batchSize: config.batchSize, epochs: config.epochs, shuffle: true, verbose: 0 });
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c;
    const pred = tf.tidy(() => model.predict(xT) as import("@tensorflow/tfjs").Tensor);
    const values = await pred.data();
    pred.dispose();
    model.dispose();
    return { ms, cpu, mse: mse(ys, values) };
  };

  const coldMs = (await fitOnce()).ms;
  for (let i = 0; i < 3; i++) await fitOnce(); // warm-up
  const n = Math.max(1, Math.floor(runs));
  const times: number[] = [];
  const cpu: number[] = [];
  let lastMse = Number.NaN;
  for (let i = 0; i < n; i++) {
    const r = await fitOnce();
    times.push(r.ms);
    cpu.push(r.cpu);
    lastMse = r.mse;
  }
  xT.dispose();
  yT.dispose();
  return {
    ...summarize(times, cpu, coldMs),
    mseNormalized: lastMse,
    relativeGapToOls: ols !== null && ols > 0 ? (lastMse - ols) / ols : null,
  };
}
