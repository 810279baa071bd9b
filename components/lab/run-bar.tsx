"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { formatNumber, OPTIMIZER_KINDS, prefersLogScale, URL_LIMITS, type RunConfig } from "@/lib/regression";
import { NumberField, SelectField } from "./fields";
import { LossSparkline } from "./loss-sparkline";
import { Transport } from "./transport";
import type { RunView, TrainingStatus } from "./use-training";

/**
 * The full lab's run bar. It stays at the top of the screen while the page scrolls (on a phone the charts and
 * settings are below it), and holds what an experiment needs: Play/Pause, Step, Reset, the epoch, the current MSE
 * against the OLS optimum with a sparkline of the loss, and the three settings changed most often.
 */
export function RunBar({
  status,
  epoch,
  run,
  olsMse,
  canTrain,
  config,
  update,
  onPlay,
  onPause,
  onStep,
  onReset,
}: {
  status: TrainingStatus;
  epoch: number;
  run: RunView | null;
  olsMse: number | null;
  canTrain: boolean;
  config: RunConfig;
  update: (patch: Partial<RunConfig>) => void;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
}) {
  const t = useTranslations("lab");
  const locale = useLocale();
  const fmt = (v: number | null | undefined) => formatNumber(v, { locale, digits: 4 });
  const losses = run ? run.history.map((h) => h.mse) : [];
  const log = run ? prefersLogScale(losses, run.divergence !== null) : false;
  const barRef = useRef<HTMLElement>(null);

  // The bar covers the top of the screen: the page keeps what gets keyboard focus (or a link's target) below it.
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `${Math.ceil(bar.getBoundingClientRect().height) + 8}px`;
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = "";
    };
  }, []);

  return (
    <section
      ref={barRef}
      aria-label={t("bar.label")}
      className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur sm:-mx-6 sm:px-6 dark:border-slate-800 dark:bg-slate-950/95"
    >
      <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <Transport
          status={status}
          epoch={epoch}
          canTrain={canTrain}
          slow={false}
          onPlay={onPlay}
          onPause={onPause}
          onStep={onStep}
          onReset={onReset}
        />
        <div className="flex min-w-0 items-center gap-3 text-sm">
          <p className="font-mono tabular-nums">
            <span className="block">{t("bar.epoch", { epoch: run?.epoch ?? 0, epochs: run?.epochs ?? config.epochs })}</span>
            <span className="block">{t("bar.mseVsOls", { mse: fmt(run?.report.mseNormalized), ols: fmt(olsMse) })}</span>
          </p>
          <LossSparkline losses={losses} olsMse={olsMse} log={log} />
        </div>
        <div className="grid w-full grid-cols-[minmax(0,1fr)_minmax(0,0.8fr)_minmax(0,1.3fr)] gap-2 lg:w-auto lg:flex-1 lg:grid-cols-[7rem_6rem_minmax(10rem,14rem)]">
          <NumberField
            label={t("fields.learningRate")}
            value={config.learningRate}
            min={URL_LIMITS.lr[0]}
            max={URL_LIMITS.lr[1]}
            onCommit={(learningRate) => update({ learningRate })}
          />
          <NumberField
            label={t("fields.epochs")}
            value={config.epochs}
            min={URL_LIMITS.epochs[0]}
            max={URL_LIMITS.epochs[1]}
            integer
            onCommit={(epochs) => update({ epochs })}
          />
          <SelectField
            label={t("fields.optimizer")}
            value={config.optimizer}
            options={OPTIMIZER_KINDS.map((o) => ({ value: o, label: t(`fields.optimizers.${o}`) }))}
            onChange={(optimizer) => update({ optimizer })}
          />
        </div>
      </div>
    </section>
  );
}
