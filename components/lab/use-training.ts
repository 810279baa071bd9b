"use client";

import { startTransition, useCallback, useEffect, useReducer, useRef } from "react";
import type { ArticleCheck, EpochRecord, RegressionReport, RunConfig, RunProgress, SessionData } from "@/lib/regression";
import type { FromWorker, ToWorker } from "./worker-protocol";

export type TrainingStatus = "loading" | "idle" | "running" | "paused" | "done" | "diverged" | "error" | "waiting";

/** One run as the UI sees it: its full loss history, latest fit and report. */
export interface RunView {
  epoch: number;
  epochs: number;
  done: boolean;
  divergence: { epoch: number; reason: string } | null;
  /** Epoch 0 (initial parameters) first, then one entry per trained epoch. */
  history: EpochRecord[];
  fit: Float64Array;
  report: RegressionReport;
  /** Time the worker spent training this run (its epochs only), ms. */
  trainingMs: number;
}

export interface TrainingState {
  gen: number;
  status: TrainingStatus;
  data: SessionData | null;
  runs: RunView[];
  error: string | null;
  article: ArticleCheck | null;
}

export interface SessionRequest {
  config: RunConfig;
  comparisons: RunConfig[];
  custom: { x: Float64Array; y: Float64Array } | null;
}

type Action =
  | { type: "init"; gen: number }
  | { type: "message"; msg: FromWorker }
  | { type: "status"; status: TrainingStatus };

function initialRecord(p: RunProgress): EpochRecord {
  return { epoch: 0, loss: p.report.mseNormalized, mse: p.report.mseNormalized, testMse: p.report.testMseNormalized };
}

function toView(p: RunProgress, previous: RunView | undefined): RunView {
  const base = previous ? previous.history : [initialRecord(p)];
  return {
    epoch: p.epoch,
    epochs: p.epochs,
    done: p.done,
    divergence: p.divergence,
    history: p.records.length > 0 ? base.concat(p.records) : base,
    fit: p.fit,
    report: p.report,
    trainingMs: p.trainingMs,
  };
}

function finalStatus(runs: RunView[]): TrainingStatus | null {
  if (runs[0]?.divergence) return "diverged";
  if (runs.length > 0 && runs.every((r) => r.done)) return "done";
  return null;
}

function reducer(state: TrainingState, action: Action): TrainingState {
  switch (action.type) {
    case "init":
      return { ...state, gen: action.gen, status: "loading", data: null, runs: [], error: null };
    case "status":
      return { ...state, status: action.status };
    case "message": {
      const msg = action.msg;
      if (msg.type === "article") return { ...state, article: msg.check };
      if (msg.gen !== state.gen) return state; // from a session that has been replaced
      if (msg.type === "error") return { ...state, status: "error", error: msg.message };
      if (msg.type === "ready") {
        const runs = msg.runs.map((p) => toView(p, undefined));
        return { ...state, data: msg.data, runs, status: finalStatus(runs) ?? "idle" };
      }
      const runs = msg.runs.map((p, i) => toView(p, state.runs[i]));
      const final = finalStatus(runs);
      let status = state.status;
      if (final) status = final;
      else if (!msg.running && status === "running") status = "paused";
      return { ...state, runs, status };
    }
  }
}

const INITIAL: TrainingState = { gen: 0, status: "loading", data: null, runs: [], error: null, article: null };

/**
 * Owns the training worker. `request` (re)starts a session whenever it
 * changes; play/pause/step/reset drive it; `autoRun` starts training as soon
 * as the first session is ready (the URL's run=1).
 */
export function useTraining(request: SessionRequest | null, options: { slow: boolean; autoRun: boolean; articleSeed: number | null }) {
  const [state, dispatch] = useReducer(reducer, INITIAL);
  const workerRef = useRef<Worker | null>(null);
  const genRef = useRef(0);
  const slowRef = useRef(options.slow);
  const autoRunRef = useRef(options.autoRun);
  const requestRef = useRef(request);

  const send = useCallback((msg: ToWorker) => workerRef.current?.postMessage(msg), []);

  const start = useCallback(
    (req: SessionRequest) => {
      genRef.current += 1;
      // A transition (as the "ready" that follows): the whole widget re-renders in slices, between which the page
      // keeps answering. React applies queued updates in order, so a later message still sees this session.
      const gen = genRef.current;
      startTransition(() => dispatch({ type: "init", gen }));
      // Copies: the worker gets its own buffers and ours stay usable.
      const custom = req.custom ? { x: req.custom.x.slice(), y: req.custom.y.slice() } : null;
      send({ type: "init", gen: genRef.current, config: req.config, comparisons: req.comparisons, custom });
    },
    [send],
  );

  useEffect(() => {
    const worker = new Worker(new URL("./training.worker.ts", import.meta.url), { type: "module" });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      const autoStart = msg.type === "ready" && msg.gen === genRef.current && autoRunRef.current;
      if (msg.type === "ready" || msg.type === "article") {
        // A new session's first render (charts, tables, report) is the widget's largest, and the article's check
        // (the full lab's panel) redraws it all: transitions, which React renders in slices so the page keeps
        // answering. Later updates queue behind them in order.
        startTransition(() => {
          dispatch({ type: "message", msg });
          if (autoStart) dispatch({ type: "status", status: "running" });
        });
      } else {
        dispatch({ type: "message", msg });
      }
      if (autoStart) {
        autoRunRef.current = false;
        worker.postMessage({ type: "play", gen: msg.gen, slow: slowRef.current } satisfies ToWorker);
      }
    };
    worker.onerror = () => dispatch({ type: "message", msg: { type: "error", gen: genRef.current, message: "worker" } });
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  // Runs after the worker effect above (effects run in order), also on first mount.
  useEffect(() => {
    requestRef.current = request;
    if (request && workerRef.current) start(request);
    // No usable request (e.g. the CSV has errors): stop the old session rather than train on stale data.
    if (!request) {
      send({ type: "pause", gen: genRef.current });
      dispatch({ type: "status", status: "waiting" });
    }
  }, [request, start, send]);

  useEffect(() => {
    slowRef.current = options.slow;
    send({ type: "speed", gen: genRef.current, slow: options.slow });
  }, [options.slow, send]);

  useEffect(() => {
    if (options.articleSeed !== null) send({ type: "article", seed: options.articleSeed });
  }, [options.articleSeed, send]);

  const play = useCallback(() => {
    if (state.status === "done" || state.status === "diverged") {
      // Play after the end starts the same run again from epoch 0.
      if (requestRef.current) {
        autoRunRef.current = true;
        start(requestRef.current);
      }
      return;
    }
    send({ type: "play", gen: genRef.current, slow: slowRef.current });
    dispatch({ type: "status", status: "running" });
  }, [send, start, state.status]);

  // "Paused" once the worker says it stopped (its last progress message, running: false), with the epoch it stopped
  // at: progress it posted before it read the pause may still be on its way, and must not move a shown pause point.
  const pause = useCallback(() => {
    send({ type: "pause", gen: genRef.current });
  }, [send]);

  const step = useCallback(() => {
    send({ type: "step", gen: genRef.current });
    dispatch({ type: "status", status: "paused" });
  }, [send]);

  const reset = useCallback(() => {
    if (requestRef.current) start(requestRef.current);
  }, [start]);

  return { state, play, pause, step, reset };
}
