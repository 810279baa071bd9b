"use client";

import { useTranslations } from "next-intl";
import type { TrainingStatus } from "./use-training";

const BUTTON =
  "inline-flex items-center gap-1.5 rounded border px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";
const PRIMARY = `${BUTTON} border-accent-700 bg-accent-600 text-white hover:bg-accent-700 dark:border-accent-300`;
const SECONDARY = `${BUTTON} border-slate-400 hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800`;

/**
 * Play/Pause is one button whose name follows the state, so keyboard focus
 * stays on it; it is never disabled while training runs.
 */
export function Transport({
  status,
  epoch,
  canTrain,
  slow,
  onPlay,
  onPause,
  onStep,
  onReset,
  onSlow,
}: {
  status: TrainingStatus;
  epoch: number;
  canTrain: boolean;
  slow: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** Without it the speed choice is not shown here (the full lab has it among the training settings). */
  onSlow?: (slow: boolean) => void;
}) {
  const t = useTranslations("lab.controls");
  const running = status === "running";
  const finished = status === "done" || status === "diverged";
  const busy = status === "loading";
  return (
    <div className="space-y-1">
      <div role="group" aria-label={t("transport")} className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={PRIMARY}
          disabled={!canTrain || busy || status === "error"}
          onClick={running ? onPause : onPlay}
        >
          <span aria-hidden="true">{running ? "❚❚" : "▶"}</span>
          {running ? t("pause") : t("play")}
        </button>
        <button type="button" className={SECONDARY} disabled={!canTrain || running || finished || busy || status === "error"} onClick={onStep}>
          <span aria-hidden="true">+1</span>
          {t("step")}
        </button>
        <button type="button" className={SECONDARY} disabled={!canTrain || busy} onClick={onReset}>
          <span aria-hidden="true">↺</span>
          {t("reset")}
        </button>
        {onSlow ? (
          <label className="flex items-center gap-1.5 text-sm">
            {t("speed")}
            <select
              className="rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900"
              value={slow ? "slow" : "fast"}
              onChange={(e) => onSlow(e.target.value === "slow")}
            >
              <option value="fast">{t("speedFast")}</option>
              <option value="slow">{t("speedSlow")}</option>
            </select>
          </label>
        ) : null}
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {t(`status.${status}`, { epoch })}
      </p>
    </div>
  );
}
