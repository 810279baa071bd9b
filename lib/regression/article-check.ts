/**
 * "What the article got wrong", computed from the same core as the lab:
 *  (a) the printed MSE 0.0129 is below the best any line can do on this data;
 *  (b) its predictions of about 1.0 come from "denormalising" with the
 *      already-normalised y (mean 0, std 1), i.e. not denormalising at all;
 *  (c) its prose promises a hidden ReLU layer that its code does not have.
 */
import { PRESETS } from "./presets";
import { ARTICLE_REPORTED_MSE, buildReport, type DenormalizationRow } from "./report";
import { createRun, type RunConfig } from "./run-config";

export interface ArticleCheck {
  seed: number;
  reportedMse: number;
  /** Best possible normalised MSE for a line on the article's data (1 − R²). */
  olsMse: number;
  olsR2: number;
  /** How many times larger the optimum is than the printed value. */
  optimumOverReported: number;
  reportedIsImpossible: boolean;
  /** The article's own code (Dense(1), SGD, 100 epochs) trained here. */
  code: { mse: number; r2: number; w: number; b: number };
  /** The model the prose describes (hidden ReLU layer), same training. */
  text: { mse: number; units: number };
  /** Buggy vs corrected denormalised predictions of the trained code model. */
  rows: DenormalizationRow[];
}

function withSeed(config: RunConfig, seed: number): RunConfig {
  return { ...config, seed };
}

/** Runs in a few milliseconds (two 100-epoch fits on 100 points). */
export function articleCheck(seed: number = PRESETS.article.config.seed, rows = 5): ArticleCheck {
  const code = createRun(withSeed(PRESETS.article.config, seed)).trainer;
  code.run();
  const codeReport = buildReport(code.state(), undefined, { predictions: rows });
  const textConfig = withSeed(PRESETS["text-says"].config, seed);
  const text = createRun(textConfig).trainer;
  text.run();
  const textReport = buildReport(text.state(), undefined, { predictions: 0 });

  const ols = codeReport.ols;
  const olsMse = ols ? ols.normalized.mse : Number.NaN;
  return {
    seed: code.state().settings.seed,
    reportedMse: ARTICLE_REPORTED_MSE,
    olsMse,
    olsR2: ols ? ols.normalized.r2 : Number.NaN,
    optimumOverReported: olsMse / ARTICLE_REPORTED_MSE,
    reportedIsImpossible: codeReport.articleBugs.reportedIsImpossible,
    code: {
      mse: codeReport.mseNormalized,
      r2: codeReport.r2,
      w: codeReport.linearOriginal?.w ?? Number.NaN,
      b: codeReport.linearOriginal?.b ?? Number.NaN,
    },
    text: { mse: textReport.mseNormalized, units: textConfig.units },
    rows: codeReport.articleBugs.denormalization,
  };
}
