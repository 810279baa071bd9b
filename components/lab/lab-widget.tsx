"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  decodeLabUrl,
  defaultNoise,
  encodeLabUrl,
  matchesPreset,
  parseCsv,
  presetConfig,
  presetOf,
  withRecognisedPreset,
  PRESET_IDS,
  PRESETS,
  type DatasetKind,
  type DataSource,
  type CsvResult,
  type PresetId,
  type RunConfig,
} from "@/lib/regression";
import { ArticlePanel } from "./article-panel";
import { DataTables } from "./data-tables";
import { SelectField } from "./fields";
import { FoldedDetails } from "./folded-details";
import type { LabFormulas } from "./formula-types";
import { LossChart } from "./loss-chart";
import { ReportPanel } from "./report-panel";
import { RunBar } from "./run-bar";
import { RunFormulas } from "./run-formulas";
import { ScatterChart } from "./scatter-chart";
import { SettingsPanel, type LabFocus } from "./settings-panel";
import { ShareControls } from "./share-controls";
import { Transport } from "./transport";
import { loadUplot } from "./uplot-chart";
import { useDeferredReveal } from "./use-deferred-reveal";
import { useTraining, type SessionRequest, type TrainingStatus } from "./use-training";

/**
 * A string found only in the lab's own bundle. The e2e tests look for it in
 * the JavaScript a page loads, to prove other pages ship none of the lab.
 */
export const LAB_BUNDLE_MARKER = "fusion-atlas-lab-bundle:v1";

export interface LabWidgetProps {
  mode: "full" | "compact";
  /** Where the full lab lives (for the compact embed's link), e.g. "/en/lab". */
  labPath: string;
  /** Compact embeds start here; the full lab reads its state from the URL. */
  initialConfig?: RunConfig;
  focus?: LabFocus;
  /**
   * The formulas as KaTeX HTML (lab-formulas.generated.ts): a chunk of their own, which the gate loads beside the
   * widget's, so that the browser compiles each in a task of its own.
   */
  formulas: LabFormulas;
  /** Called once, when the first session's data is ready (or could not be made): the widget can be shown. */
  onReady?: () => void;
  /**
   * The first frame's charts (drawn on the server) and the run they show. While the widget's run is that one and has
   * not started, the widget shows them instead of live charts: uPlot's code and the charts' first draw (~1/3 of the
   * widget's arrival on a phone) wait until the run changes or starts, or the reader reaches into the widget.
   */
  pictures?: { node: ReactNode; config: RunConfig };
}

interface InitialState {
  config: RunConfig;
  source: DataSource;
  csv: string;
  csvMissing: boolean;
  run: boolean;
}

function readInitial(props: LabWidgetProps): InitialState {
  if (props.mode === "full" && typeof window !== "undefined") {
    // A first visit (no parameters) has the article's settings: it is named as the article's preset.
    const state = decodeLabUrl(window.location.search);
    return { ...state, config: withRecognisedPreset(state.config) };
  }
  return { config: props.initialConfig ?? presetConfig("article"), source: "generated", csv: "", csvMissing: false, run: false };
}

const STARTED: ReadonlySet<TrainingStatus> = new Set(["running", "paused", "done", "diverged"]);
/** The full lab's settings groups start open from this width (a phone shows them folded). */
const WIDE_QUERY = "(min-width: 1024px)";

type CsvData = Extract<CsvResult, { ok: true }>;
const CHART_HEIGHT = { full: 260, compact: 200 } as const;

export default function LabWidget(props: LabWidgetProps) {
  const { mode } = props;
  const { formulas } = props;
  const compact = mode === "compact";
  const t = useTranslations("lab");
  const [initial] = useState(() => readInitial(props));
  const [config, setConfig] = useState<RunConfig>(initial.config);
  const [source, setSource] = useState<DataSource>(initial.source);
  const [csvText, setCsvText] = useState(initial.csv);
  const [slow, setSlow] = useState(false);
  const [groupsOpen] = useState(() => typeof window === "undefined" || window.matchMedia(WIDE_QUERY).matches);

  const csvResult = useMemo(() => (source === "csv" ? parseCsv(csvText) : null), [source, csvText]);
  // The last CSV data that was valid: training keeps using it while newer text has errors.
  const [lastGoodCsv, setLastGoodCsv] = useState<CsvData | null>(null);
  if (csvResult?.ok && csvResult !== lastGoodCsv) setLastGoodCsv(csvResult);
  const csvData: CsvData | null = csvResult?.ok ? csvResult : lastGoodCsv;
  const presetRuns = config.preset !== null && matchesPreset(config) ? PRESETS[config.preset].runs : null;

  const request = useMemo<SessionRequest | null>(() => {
    const comparisons =
      config.preset !== null && matchesPreset(config) ? PRESETS[config.preset].runs.slice(1).map((r) => r.config) : [];
    if (source === "csv") {
      if (!csvData) return null;
      return { config, comparisons, custom: { x: csvData.x, y: csvData.y } };
    }
    return { config, comparisons, custom: null };
  }, [config, source, csvData]);

  const { state, play, pause, step, reset } = useTraining(request, {
    slow,
    autoRun: initial.run,
    articleSeed: compact ? null : config.seed,
  });
  const primary = state.runs[0] ?? null;
  const { onReady } = props;
  const settled = state.data !== null || state.status === "error" || state.status === "waiting";
  useEffect(() => {
    if (settled) onReady?.();
  }, [settled, onReady]);
  const comparisonViews = state.runs.slice(1);

  // Keep the whole state in the URL (full lab only), without adding history entries. A bare address (a first visit)
  // already stands for the state it opens with, so it is written only once something changes: the router's own
  // update for a history change then stays out of the page's load.
  const started = STARTED.has(state.status);
  const [openedWith] = useState(() => encodeLabUrl({ config: initial.config, source: initial.source, csv: initial.csv, run: false }).toString());
  useEffect(() => {
    if (compact) return;
    const query = encodeLabUrl({ config, source, csv: csvText, run: started }).toString();
    if (window.location.search === "" && query === openedWith) return;
    if (`?${query}` !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}?${query}`);
  }, [compact, config, source, csvText, started, openedWith]);

  const update = useCallback((patch: Partial<RunConfig>) => {
    setConfig((c) => {
      const next: RunConfig = { ...c, ...patch, preset: null };
      if (patch.n !== undefined && next.batchSize > patch.n) next.batchSize = patch.n;
      // Settings changed back to a preset's are that preset again.
      next.preset = presetOf(next);
      return next;
    });
  }, []);

  const choosePreset = useCallback((id: PresetId) => {
    setConfig(presetConfig(id));
    setSource("generated");
  }, []);

  const onDataKind = useCallback(
    (kind: DatasetKind | "csv") => {
      if (kind === "csv") {
        setSource("csv");
        setConfig((c) => ({ ...c, preset: null }));
        return;
      }
      setSource("generated");
      update({ data: kind, noise: defaultNoise(kind) });
    },
    [update],
  );

  const presetValue: PresetId | "custom" = config.preset !== null && matchesPreset(config) && source === "generated" ? config.preset : "custom";
  const runLabels = presetRuns && presetRuns.length > 1 ? presetRuns.map((r) => r.label) : [];
  const points = source === "csv" ? (csvData ? csvData.x.length : config.n) : config.n;
  const keptPoints = source === "csv" && csvResult && !csvResult.ok && csvData ? csvData.x.length : null;
  const fits = useMemo(() => state.runs.map((r) => r.fit), [state.runs]);
  const olsMse = primary?.report.ols?.normalized.mse ?? null;
  const olsLine = primary?.report.ols ? { w: primary.report.ols.original.w, b: primary.report.ols.original.b } : null;
  const height = CHART_HEIGHT[mode];
  const statusEpoch = state.status === "diverged" ? (primary?.divergence?.epoch ?? 0) : (primary?.epoch ?? 0);

  const presetSelect = (
    <div className="max-w-xl">
      <SelectField<PresetId | "custom">
        label={t("presets.label")}
        value={presetValue}
        options={[
          ...PRESET_IDS.map((id) => ({ value: id, label: t(`presets.${id}`) })),
          // "Custom" is a state, not a choice: it is listed only while the settings differ from every preset.
          ...(presetValue === "custom" ? [{ value: "custom" as const, label: t("presets.custom") }] : []),
        ]}
        onChange={(v) => {
          if (v !== "custom") choosePreset(v);
        }}
        hint={t(`presets.summary.${presetValue}`)}
      />
    </div>
  );

  const transport = (
    <Transport
      status={state.status}
      epoch={statusEpoch}
      canTrain={request !== null}
      slow={slow}
      onPlay={play}
      onPause={pause}
      onStep={step}
      onReset={reset}
      onSlow={setSlow}
    />
  );

  const divergence = primary?.divergence ? (
    <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950/40 dark:text-red-100">
      <p className="font-semibold">{t("report.divergedTitle")}</p>
      <p>{t("report.divergedText", { epoch: primary.divergence.epoch, good: primary.divergence.epoch - 1 })}</p>
      <details className="mt-1">
        <summary className="cursor-pointer">{t("report.technical")}</summary>
        <p lang="en" className="font-mono text-xs">
          {primary.divergence.reason}
        </p>
      </details>
    </div>
  ) : null;

  const workerError =
    state.status === "error" ? (
      <div role="alert" className="rounded border border-red-700 p-3 text-sm text-red-900 dark:border-red-400 dark:text-red-100">
        <p className="font-semibold">{t("report.errorTitle")}</p>
        <p>
          {t("report.errorText")}{" "}
          <span lang="en" className="font-mono text-xs">
            {state.error ?? ""}
          </span>
        </p>
      </div>
    ) : null;

  // Live charts from the first change or start of the run on (and for good: a run set back to the pictured one draws
  // live too).
  const pictured = props.pictures;
  const [live, setLive] = useState(false);
  const picturedQuery = useMemo(
    () => (pictured ? encodeLabUrl({ config: pictured.config, source: "generated", csv: "", run: false }).toString() : null),
    [pictured],
  );
  const currentQuery = useMemo(
    () => (live ? null : encodeLabUrl({ config, source, csv: csvText, run: false }).toString()),
    [live, config, source, csvText],
  );
  // The pictures draw one run: a preset that compares several goes live at once.
  const asPictured =
    picturedQuery !== null &&
    request !== null &&
    request.comparisons.length === 0 &&
    !started &&
    state.status !== "error" &&
    currentQuery === picturedQuery;
  if (!live && !asPictured) setLive(true);
  // uPlot's code, ahead of the first change: as the reader reaches into the widget (a press, a key, focus).
  const preloadCharts = useCallback(() => {
    void loadUplot().catch(() => {});
  }, []);

  const charts = !live && pictured ? (
    pictured.node
  ) : (
    <div className={compact ? "grid gap-4 md:grid-cols-2" : "grid gap-4 2xl:grid-cols-2"}>
      {primary && state.data ? (
        <>
          <LossChart runs={state.runs} olsMse={olsMse} runLabels={runLabels} height={height} sessionKey={state.gen} />
          <ScatterChart data={state.data} fits={fits} olsLine={olsLine} runLabels={runLabels} height={height} sessionKey={state.gen} />
        </>
      ) : (
        <>
          <div aria-hidden="true" style={{ height: height + 48 }} className="rounded bg-slate-50 dark:bg-slate-900" />
          <div aria-hidden="true" style={{ height: height + 48 }} className="rounded bg-slate-50 dark:bg-slate-900" />
        </>
      )}
    </div>
  );

  // The report and the data tables sit below the charts: they render a task after the first session's data arrives
  // (usually before the charts' first draw, which waits its turn in uplot-chart.tsx), as a commit of their own, so the
  // widget's arrival is not one long task (they stay once shown).
  const hasResults = primary !== null && state.data !== null;
  const resultsShown = useDeferredReveal(hasResults);
  // The full lab's last section, the article's errors (a third of the widget's elements, most of them KaTeX's), is a
  // commit of its own after the results: far below the first screen, it need not hold up the widget's arrival.
  // It does not depend on the data: without results (a shared CSV that is missing or invalid, a worker error) it comes
  // once the first session has settled.
  const articleShown = useDeferredReveal(!compact && (resultsShown || (settled && !hasResults)));

  const results =
    primary && state.data && resultsShown ? (
      <>
        <DataTables data={state.data} run={primary} />
        <ReportPanel
          run={primary}
          config={config}
          comparisons={comparisonViews.map((run, i) => ({ label: runLabels[i + 1] ?? "", run }))}
          primaryLabel={runLabels[0] ?? null}
          compact={compact}
          dataSource={source === "csv" ? "csv" : config.data}
        />
      </>
    ) : null;

  const settings = (
    <SettingsPanel
      config={config}
      update={update}
      source={source}
      onDataKind={onDataKind}
      csvText={csvText}
      onCsvText={setCsvText}
      csvResult={csvResult}
      csvMissing={initial.csvMissing}
      points={points}
      formulas={formulas}
      compact={compact}
      focus={props.focus ?? null}
      keptPoints={keptPoints}
      slow={slow}
      onSlow={setSlow}
      groupsOpen={groupsOpen}
    />
  );

  if (compact) {
    const fullHref = `${props.labPath}?${encodeLabUrl({ config, source: "generated", csv: "", run: true }).toString()}`;
    return (
      <div data-lab-bundle={LAB_BUNDLE_MARKER} className="space-y-4" onPointerDownCapture={preloadCharts} onKeyDownCapture={preloadCharts} onFocusCapture={preloadCharts}>
        {presetSelect}
        {transport}
        {divergence}
        {workerError}
        {charts}
        {results}
        <FoldedDetails
          summary={t("widget.moreSettings")}
          open={props.focus !== undefined && props.focus !== "regression"}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          summaryClassName="cursor-pointer text-sm font-medium"
          bodyClassName="mt-3"
        >
          {settings}
        </FoldedDetails>
        <p>
          <a href={fullHref}>
            {t("embed.openFull")}
          </a>
        </p>
      </div>
    );
  }

  // The full lab, in reading order: what runs (preset, share), the run bar that stays on screen, the formulas, the
  // results, then the other settings in groups and the article's errors. Wide screens put settings and results side
  // by side.
  return (
    <div data-lab-bundle={LAB_BUNDLE_MARKER} className="mt-6 space-y-6" onPointerDownCapture={preloadCharts} onKeyDownCapture={preloadCharts} onFocusCapture={preloadCharts}>
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1 basis-72">{presetSelect}</div>
        <ShareControls state={{ config, source, csv: csvText, run: started }} />
      </div>
      <RunBar
        status={state.status}
        epoch={statusEpoch}
        run={primary}
        olsMse={olsMse}
        canTrain={request !== null}
        config={config}
        update={update}
        onPlay={play}
        onPause={pause}
        onStep={step}
        onReset={reset}
      />
      <RunFormulas formulas={formulas} config={config} />
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <section aria-labelledby="lab-settings-heading" className="order-2 space-y-3 lg:order-1">
          <h2 id="lab-settings-heading" className="text-xl font-semibold">
            {t("widget.settings")}
          </h2>
          {settings}
        </section>
        <section aria-labelledby="lab-results-heading" className="order-1 min-w-0 space-y-4 lg:order-2">
          <h2 id="lab-results-heading" className="text-xl font-semibold">
            {t("widget.results")}
          </h2>
          {divergence}
          {workerError}
          {charts}
          {results}
        </section>
      </div>
      {articleShown ? <ArticlePanel check={state.article} zscoreHtml={formulas.zscore} onLoadTextPreset={() => choosePreset("text-says")} /> : null}
    </div>
  );
}
