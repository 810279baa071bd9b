"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  ACTIVATION_KINDS,
  DATASET_KINDS,
  MAX_POINTS,
  MAX_UNITS,
  MIN_POINTS,
  MIN_UNITS,
  OPTIMIZER_KINDS,
  URL_LIMITS,
  type CsvResult,
  type DatasetKind,
  type DataSource,
  type RunConfig,
} from "@/lib/regression";
import { ActivationPlot } from "./activation-plot";
import { CsvInput } from "./csv-input";
import { Fieldset, NumberField, SelectField } from "./fields";
import { FoldedDetails } from "./folded-details";
import { FormulaBox } from "./formula-box";
import type { LabFormulas } from "./formula-types";

export type LabFocus = "regression" | "activation" | "mse" | "cross-entropy";

const SMALL_BUTTON =
  "shrink-0 rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";

function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0] ?? 0;
}

export interface SettingsPanelProps {
  config: RunConfig;
  update: (patch: Partial<RunConfig>) => void;
  source: DataSource;
  onDataKind: (kind: DatasetKind | "csv") => void;
  csvText: string;
  onCsvText: (text: string) => void;
  csvResult: CsvResult | null;
  csvMissing: boolean;
  /** Number of data points (generated n or CSV rows): the batch size limit. */
  points: number;
  formulas: LabFormulas;
  compact: boolean;
  focus: LabFocus | null;
  /** CSV rows still trained on while the new text has errors (null when none are kept). */
  keptPoints?: number | null;
  /** Full lab: the speed choice (the run bar has no room for it). */
  slow?: boolean;
  onSlow?: (slow: boolean) => void;
  /** Full lab: the groups start open (wide screens) or closed (phones). */
  groupsOpen?: boolean;
}

/** A group of settings that folds away (the full lab on a phone shows them closed; closed, its controls wait). */
function SettingsGroup({ title, open, children }: { title: string; open: boolean; children: ReactNode }) {
  return (
    <FoldedDetails
      summary={title}
      open={open}
      className="group rounded-lg border border-slate-200 dark:border-slate-800"
      summaryClassName="cursor-pointer select-none px-3 py-2 text-sm font-semibold"
      bodyClassName="space-y-3 px-3 pb-3"
    >
      {children}
    </FoldedDetails>
  );
}

/**
 * The settings, grouped as data / model / training, with the §4 formulas beside the controls they belong to: all of
 * them in the compact embed; in the full lab the ones its run bar does not hold, in groups that fold away.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const { config, update, source, formulas, compact, focus } = props;
  const t = useTranslations("lab.fields");
  const f = useTranslations("lab.formulas");
  const c = useTranslations("lab.controls");
  const kind = source === "csv" ? "csv" : config.data;
  const uniformNoise = config.data === "article" || config.data === "outliers";
  const batchMax = Math.max(1, Math.min(URL_LIMITS.bs[1], props.points));
  const activationName = t(`activations.${config.activation}`);

  const dataContent = (
    <>
      <SelectField<DatasetKind | "csv">
        label={t("dataKind")}
        value={kind}
        options={[...DATASET_KINDS, "csv" as const].map((k) => ({ value: k, label: t(`dataKinds.${k}`) }))}
        onChange={props.onDataKind}
      />
      {source === "csv" ? (
        <CsvInput
          text={props.csvText}
          onText={props.onCsvText}
          result={props.csvResult}
          missingFromLink={props.csvMissing}
          keptPoints={props.keptPoints ?? null}
        />
      ) : (
        <>
          <NumberField label={t("n")} value={config.n} min={MIN_POINTS} max={MAX_POINTS} integer onCommit={(n) => update({ n })} />
          <NumberField
            label={t("noise")}
            value={config.noise}
            min={URL_LIMITS.noise[0]}
            max={URL_LIMITS.noise[1]}
            hint={uniformNoise ? t("noiseHintUniform") : t("noiseHintGaussian")}
            onCommit={(noise) => update({ noise })}
          />
          {config.data === "outliers" ? (
            <NumberField
              label={t("outlierFraction")}
              value={config.outlierFraction}
              min={URL_LIMITS.out[0]}
              max={URL_LIMITS.out[1]}
              onCommit={(outlierFraction) => update({ outlierFraction })}
            />
          ) : null}
        </>
      )}
      <NumberField
        label={t("seed")}
        value={config.seed}
        min={URL_LIMITS.seed[0]}
        max={URL_LIMITS.seed[1]}
        integer
        onCommit={(seed) => update({ seed })}
        after={
          <button type="button" className={`${SMALL_BUTTON} mt-1`} onClick={() => update({ seed: randomSeed() })}>
            {t("newSeed")}
          </button>
        }
      />
      <NumberField
        label={t("split")}
        value={config.split}
        min={URL_LIMITS.split[0]}
        max={URL_LIMITS.split[1]}
        hint={t("splitHint")}
        onCommit={(split) => update({ split })}
      />
    </>
  );

  const modelContent = (
    <>
      <SelectField
        label={t("modelKind")}
        value={config.model}
        options={(["linear", "mlp"] as const).map((m) => ({ value: m, label: t(`modelKinds.${m}`) }))}
        onChange={(model) => update({ model })}
      />
      {config.model === "mlp" ? (
        <>
          <NumberField label={t("units")} value={config.units} min={MIN_UNITS} max={MAX_UNITS} integer onCommit={(units) => update({ units })} />
          <SelectField
            label={t("activation")}
            value={config.activation}
            options={ACTIVATION_KINDS.map((a) => ({ value: a, label: t(`activations.${a}`) }))}
            onChange={(activation) => update({ activation })}
          />
          <FormulaBox html={formulas.activation[config.activation]} caption={activationName}>
            <ActivationPlot kind={config.activation} label={f("activationPlot", { name: activationName })} />
          </FormulaBox>
        </>
      ) : null}
    </>
  );
  const modelFields = <Fieldset legend={t("model")}>{modelContent}</Fieldset>;

  const lossBox = (
    <div className="space-y-2">
      <FormulaBox html={formulas.mse} caption={f("mse")} />
      {focus === "cross-entropy" ? (
        <FormulaBox html={formulas.crossEntropy} caption={f("crossEntropy")}>
          <p className="text-xs text-slate-700 dark:text-slate-300">{f("crossEntropyNote")}</p>
        </FormulaBox>
      ) : null}
    </div>
  );

  // The compact embed's training settings (the full lab's are in its run bar and its "Training" group).
  const trainingFields = (
    <Fieldset legend={t("training")}>
      <SelectField
        label={t("optimizer")}
        value={config.optimizer}
        options={OPTIMIZER_KINDS.map((o) => ({ value: o, label: t(`optimizers.${o}`) }))}
        onChange={(optimizer) => update({ optimizer })}
      />
      <NumberField
        label={t("learningRate")}
        value={config.learningRate}
        min={URL_LIMITS.lr[0]}
        max={URL_LIMITS.lr[1]}
        onCommit={(learningRate) => update({ learningRate })}
      />
      <NumberField
        label={t("epochs")}
        value={config.epochs}
        min={URL_LIMITS.epochs[0]}
        max={URL_LIMITS.epochs[1]}
        integer
        onCommit={(epochs) => update({ epochs })}
      />
      {focus === "mse" || focus === "cross-entropy" ? lossBox : null}
    </Fieldset>
  );

  if (compact) {
    return (
      <div className="grid gap-3 md:grid-cols-2">
        {modelFields}
        {trainingFields}
      </div>
    );
  }
  // The full lab: learning rate, epochs and optimizer are in the run bar, and the model, loss and update-rule
  // formulas above the charts; the rest folds into three groups.
  const open = props.groupsOpen ?? true;
  return (
    <div className="space-y-3">
      <SettingsGroup title={t("data")} open={open}>
        {dataContent}
      </SettingsGroup>
      <SettingsGroup title={t("model")} open={open}>
        {modelContent}
      </SettingsGroup>
      <SettingsGroup title={t("training")} open={open}>
        <NumberField
          label={t("batchSize")}
          value={Math.min(config.batchSize, batchMax)}
          min={1}
          max={batchMax}
          integer
          hint={t("batchHint", { max: batchMax })}
          onCommit={(batchSize) => update({ batchSize })}
        />
        <SelectField<"fast" | "slow">
          label={c("speed")}
          value={props.slow ? "slow" : "fast"}
          options={[
            { value: "fast", label: c("speedFast") },
            { value: "slow", label: c("speedSlow") },
          ]}
          onChange={(v) => props.onSlow?.(v === "slow")}
        />
        <FormulaBox html={formulas.crossEntropy} caption={f("crossEntropy")}>
          <p className="text-xs text-slate-700 dark:text-slate-300">{f("crossEntropyNote")}</p>
        </FormulaBox>
      </SettingsGroup>
    </div>
  );
}
