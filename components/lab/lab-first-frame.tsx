import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { KatexStylesheet } from "@/components/katex-stylesheet";
import type { Locale } from "@/i18n/routing";
import { katexPreloadFonts } from "@/lib/katex/preload-fonts";
import { formatNumber, type RunConfig } from "@/lib/regression";
import { FRAME_WIDTH, firstFrame, type Plot } from "./first-frame";
import { LAB_FORMULAS as formulas } from "./lab-formulas.generated";
import type { LabFocus } from "./settings-panel";

/** The live charts' heights (lab-widget.tsx CHART_HEIGHT), so the picture sits in the same box. */
export const FRAME_CHART_HEIGHT = { full: 260, compact: 200 } as const;

// The live charts' palette (chart-theme.ts), light and dark, as classes: the SVG follows the colour scheme in CSS.
const C = {
  axis: "stroke-[#334155] dark:stroke-[#cbd5e1]",
  grid: "stroke-[#e2e8f0] dark:stroke-[#1e293b]",
  points: "stroke-[#475569] dark:stroke-[#94a3b8]",
  testPoints: "stroke-[#c2410c] dark:stroke-[#fb923c]",
  ols: "stroke-[#15803d] dark:stroke-[#4ade80]",
  fit: "stroke-[#be123c] dark:stroke-[#fb7185]",
  train: "stroke-[#1d5fd1] dark:stroke-[#8dbbff]",
};
const SWATCH = {
  points: "bg-[#475569] dark:bg-[#94a3b8]",
  testPoints: "bg-[#c2410c] dark:bg-[#fb923c]",
  ols: "border-[#15803d] dark:border-[#4ade80]",
  fit: "border-[#be123c] dark:border-[#fb7185]",
  train: "border-[#1d5fd1] dark:border-[#8dbbff]",
};

function Axes({ plot }: { plot: Plot }) {
  const { area } = plot;
  return (
    <g fill="none" vectorEffect="non-scaling-stroke">
      {plot.yTicks.map((t) => (
        <path key={`y${t.at}`} d={`M${area.left} ${t.at}H${area.right}`} className={C.grid} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      ))}
      {plot.xTicks.map((t) => (
        <path key={`x${t.at}`} d={`M${t.at} ${area.top}V${area.bottom}`} className={C.grid} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      ))}
      <path d={`M${area.left} ${area.top}V${area.bottom}H${area.right}`} className={C.axis} strokeWidth={1} vectorEffect="non-scaling-stroke" />
    </g>
  );
}

/** Tick labels in HTML over the stretched SVG (text inside it would be distorted). */
function TickLabels({ plot, xName, yName }: { plot: Plot; xName: string; yName: string }) {
  const pct = (v: number) => `${(v / FRAME_WIDTH) * 100}%`;
  const top = (v: number) => `${(v / plot.height) * 100}%`;
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0 text-[10px] leading-none text-slate-700 dark:text-slate-300">
      {plot.xTicks.map((t) => (
        <span key={`x${t.at}`} className="absolute -translate-x-1/2" style={{ left: pct(t.at), top: top(plot.area.bottom + 6) }}>
          {t.label}
        </span>
      ))}
      {plot.yTicks.map((t) => (
        <span key={`y${t.at}`} className="absolute -translate-y-1/2 pr-1 text-right" style={{ right: `calc(100% - ${pct(plot.area.left)})`, top: top(t.at) }}>
          {t.label}
        </span>
      ))}
      <span className="absolute bottom-0 left-1/2 -translate-x-1/2">{xName}</span>
      {/* On a phone the axis is too narrow for its name beside the tick labels: the legend and caption say it. */}
      <span className="absolute left-0 top-1/2 hidden origin-center -translate-y-1/2 -rotate-90 sm:block">{yName}</span>
    </div>
  );
}

function Legend({ items }: { items: Array<{ label: string; swatch: string; kind: "points" | "line" | "dashed" }> }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          {item.kind === "points" ? (
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${item.swatch}`} />
          ) : (
            <span aria-hidden="true" className={`inline-block w-5 border-t-2 ${item.kind === "dashed" ? "border-dashed" : "border-solid"} ${item.swatch}`} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function FormulaFigure({ html, caption }: { html: string; caption: string }) {
  return (
    <figure className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-900">
      <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-300">{caption}</figcaption>
      <div className="overflow-x-auto" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}

/** The frame of one run, computed once per request: the first frame and the widget's pictures draw the same one. */
const frameOf = cache(firstFrame);

/**
 * The run's two charts as it starts, drawn on the server: the loss (epoch 0 and the OLS optimum) and the data with the
 * OLS line and the untrained fit, in the boxes the live charts take. The first frame shows them; the widget shows them
 * too (LabGate's `pictures`) until the reader changes the run or starts it, so uPlot's code and the live charts' first
 * draw wait for that moment.
 */
export async function FrameCharts({
  locale,
  mode,
  config,
  idPrefix,
  observed = false,
}: {
  locale: Locale;
  mode: "full" | "compact";
  config: RunConfig;
  /** Prefix of the figures' ids (unique per copy on the page). */
  idPrefix: string;
  /** Whether the gate watches these charts to load the widget (the first frame's copy). */
  observed?: boolean;
}) {
  const [t, ff] = await Promise.all([getTranslations({ locale, namespace: "lab" }), getTranslations({ locale, namespace: "labFirstFrame" })]);
  const height = FRAME_CHART_HEIGHT[mode];
  const frame = frameOf(config, height);
  const num = (v: number | null) => (v === null ? "—" : formatNumber(v, { digits: 3 }));
  const scatterDescription = frame.ols
    ? ff("scatterDescription", { points: frame.nTrain + frame.nTest, train: frame.nTrain, test: frame.nTest, w: num(frame.ols.w), b: num(frame.ols.b) })
    : ff("scatterDescriptionNoOls", { points: frame.nTrain + frame.nTest, train: frame.nTrain, test: frame.nTest });
  const lossDescription = ff("lossDescription", { start: num(frame.startMse), ols: num(frame.olsMse), epochs: frame.epochs });
  const ids = { scatter: `${idPrefix}-scatter`, loss: `${idPrefix}-loss` };
  const s = frame.scatter;
  const l = frame.loss;

  return (
    <div data-lab-charts={observed ? "" : undefined} className={mode === "compact" ? "grid gap-4 md:grid-cols-2" : "grid gap-4 2xl:grid-cols-2"}>
      <figure aria-labelledby={`${ids.loss}-c`} aria-describedby={`${ids.loss}-d`} className="min-w-0">
        <figcaption id={`${ids.loss}-c`} className="mb-1 text-sm font-medium">
          {t("charts.lossTitle")}
        </figcaption>
        <div className="relative w-full overflow-hidden" style={{ height }}>
          <svg aria-hidden="true" viewBox={`0 0 ${FRAME_WIDTH} ${l.height}`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
            <Axes plot={l} />
            {l.olsY !== null ? (
              <path d={`M${l.area.left} ${l.olsY}H${l.area.right}`} className={C.ols} fill="none" strokeWidth={1.5} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
            ) : null}
            {l.start ? <path d={`M${l.start.x} ${l.start.y}h0`} className={C.train} strokeWidth={6} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
          </svg>
          <TickLabels plot={l} xName={t("charts.epochAxis")} yName={t("charts.mseAxis")} />
        </div>
        <p id={`${ids.loss}-d`} className="sr-only">
          {lossDescription}
        </p>
        <Legend
          items={[
            { label: t("charts.trainMse"), swatch: SWATCH.train, kind: "line" },
            ...(l.olsY !== null ? [{ label: t("charts.olsOptimum"), swatch: SWATCH.ols, kind: "dashed" as const }] : []),
          ]}
        />
      </figure>
      <figure aria-labelledby={`${ids.scatter}-c`} aria-describedby={`${ids.scatter}-d`} className="min-w-0">
        <figcaption id={`${ids.scatter}-c`} className="mb-1 text-sm font-medium">
          {t("charts.scatterTitle")}
        </figcaption>
        <div className="relative w-full overflow-hidden" style={{ height }}>
          <svg aria-hidden="true" viewBox={`0 0 ${FRAME_WIDTH} ${s.height}`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
            <Axes plot={s} />
            <g fill="none" strokeLinecap="round" vectorEffect="non-scaling-stroke">
              <path d={s.trainDots} className={C.points} strokeWidth={5} vectorEffect="non-scaling-stroke" />
              {s.testDots ? <path d={s.testDots} className={C.testPoints} strokeWidth={5} vectorEffect="non-scaling-stroke" /> : null}
              {s.olsPath ? <path d={s.olsPath} className={C.ols} strokeWidth={1.5} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" /> : null}
              <path d={s.fitPath} className={C.fit} strokeWidth={2.5} strokeLinecap="butt" vectorEffect="non-scaling-stroke" />
            </g>
          </svg>
          <TickLabels plot={s} xName="x" yName="y" />
        </div>
        <p id={`${ids.scatter}-d`} className="sr-only">
          {scatterDescription}
        </p>
        <Legend
          items={[
            { label: t("charts.trainPoints"), swatch: SWATCH.points, kind: "points" },
            ...(frame.nTest > 0 ? [{ label: t("charts.testPoints"), swatch: SWATCH.testPoints, kind: "points" as const }] : []),
            ...(s.olsPath ? [{ label: t("charts.olsLine"), swatch: SWATCH.ols, kind: "dashed" as const }] : []),
            { label: t("charts.fit"), swatch: SWATCH.fit, kind: "line" },
          ]}
        />
      </figure>
    </div>
  );
}

/**
 * The lab's first frame, rendered on the server: the data, the OLS line and the untrained fit (the very session the
 * widget's worker starts with), the starting loss against the OLS optimum, and the run's formulas, in the boxes the
 * live charts take. No script: the widget (lab-gate.tsx) replaces it when the reader nears it or reaches into it.
 */
export async function LabFirstFrame({
  locale,
  mode,
  config,
  focus,
  headingId,
}: {
  locale: Locale;
  mode: "full" | "compact";
  config: RunConfig;
  focus?: LabFocus;
  /** The id the frame's start button names itself after (the section heading). */
  headingId: string;
}) {
  const [t, ff] = await Promise.all([getTranslations({ locale, namespace: "lab" }), getTranslations({ locale, namespace: "labFirstFrame" })]);
  const charts = <FrameCharts locale={locale} mode={mode} config={config} idPrefix={`${headingId}-ff`} observed />;

  // The formulas of the run as it starts: the full lab's three (model, loss, update rule, as RunFormulas shows them);
  // the compact embed's model and the formula its page is about.
  const formulaBoxes =
    mode === "full"
      ? [
          { html: formulas.model[config.model], caption: t("formulas.model") },
          { html: formulas.mse, caption: t("formulas.mse") },
          { html: formulas.optimizer[config.optimizer], caption: `${t("formulas.optimizerRule")}: ${t(`fields.optimizers.${config.optimizer}`)}` },
        ]
      : [
          focus === "activation"
            ? { html: formulas.activation[config.activation], caption: t(`fields.activations.${config.activation}`) }
            : focus === "cross-entropy"
              ? { html: formulas.crossEntropy, caption: t("formulas.crossEntropy") }
              : { html: formulas.mse, caption: t("formulas.mse") },
        ];

  const start = (
    <div className="space-y-1">
      <button
        type="button"
        data-lab-start=""
        aria-describedby={`${headingId}-ff-note`}
        className="inline-flex items-center gap-1.5 rounded border border-accent-700 bg-accent-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-700 dark:border-accent-300"
      >
        <span aria-hidden="true">▶</span>
        {ff("start")}
      </button>
      <p id={`${headingId}-ff-note`} className="text-sm text-slate-700 dark:text-slate-300">
        {ff("note")}
      </p>
    </div>
  );

  return (
    <div data-lab-first-frame="" className={mode === "full" ? "mt-6 space-y-6" : "space-y-4"}>
      {/* The stylesheet (LabMount links it too), and the fonts the frame's formulas draw in, preloaded. */}
      <KatexStylesheet preload={katexPreloadFonts(formulaBoxes.map((f) => f.html))} />
      {start}
      {mode === "full" ? (
        <section aria-labelledby={`${headingId}-ff-formulas`} className="space-y-2">
          <h2 id={`${headingId}-ff-formulas`} className="text-base font-semibold">
            {t("widget.formulas")}
          </h2>
          <div className="grid gap-2 md:grid-cols-3">
            {formulaBoxes.map((f) => (
              <FormulaFigure key={f.caption} {...f} />
            ))}
          </div>
        </section>
      ) : null}
      {mode === "full" ? (
        // The live lab puts its charts in the results column beside the settings on a wide screen: so does the frame.
        <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <div aria-hidden="true" className="hidden lg:block" />
          <div className="min-w-0">{charts}</div>
        </div>
      ) : (
        charts
      )}
      {mode === "compact" ? (
        <div className="grid gap-2 md:grid-cols-2">
          {formulaBoxes.map((f) => (
            <FormulaFigure key={f.caption} {...f} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
