/** Messages between the lab widget (main thread) and its training worker. */
import type { ArticleCheck, RunConfig, RunProgress, SessionData } from "@/lib/regression";

/** Every session-bound message carries the generation it belongs to; stale ones are dropped. */
export type ToWorker =
  | {
      type: "init";
      gen: number;
      config: RunConfig;
      comparisons: RunConfig[];
      custom: { x: Float64Array; y: Float64Array } | null;
    }
  | { type: "play"; gen: number; slow: boolean }
  | { type: "pause"; gen: number }
  | { type: "step"; gen: number }
  | { type: "speed"; gen: number; slow: boolean }
  | { type: "article"; seed: number };

export type FromWorker =
  | { type: "ready"; gen: number; data: SessionData; runs: RunProgress[] }
  | { type: "progress"; gen: number; runs: RunProgress[]; running: boolean }
  | { type: "error"; gen: number; message: string }
  | { type: "article"; check: ArticleCheck };

/** Timing of the worker loop. */
export const WORKER_TIMING = {
  /** Work per slice before the worker yields to read messages (pause must answer quickly). */
  sliceMs: 12,
  /** Minimum gap between progress posts while running (the chart redraws at most this often). */
  postEveryMs: 50,
  /** Slow motion: one epoch per this many ms. */
  slowEpochMs: 40,
} as const;
