"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatNumber, type ArticleCheck } from "@/lib/regression";
import { FormulaBox } from "./formula-box";

const TH = "border-b border-slate-300 px-2 py-1 dark:border-slate-700";
const TD = "border-b border-slate-100 px-2 py-1 dark:border-slate-800";

/** "What the article got wrong": three findings, with numbers computed live by the worker from the same core. */
export function ArticlePanel({
  check,
  zscoreHtml,
  onLoadTextPreset,
}: {
  check: ArticleCheck | null;
  zscoreHtml: string;
  onLoadTextPreset: () => void;
}) {
  const t = useTranslations("lab.article");
  const f = useTranslations("lab.formulas");
  const locale = useLocale();
  const fmt = (v: number, digits = 4) => formatNumber(v, { locale, digits });

  return (
    <section aria-labelledby="lab-article-heading" className="space-y-4 rounded-lg [contain-intrinsic-size:auto_1200px] [content-visibility:auto] border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-700 dark:bg-amber-950/30">
      <h2 id="lab-article-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {!check ? (
        <p>{t("computing")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("intro", { seed: check.seed })}</p>
          <div>
            <h3 className="font-semibold">{t("aTitle")}</h3>
            <p className="mt-1">
              {t("aText", {
                reported: fmt(check.reportedMse),
                ols: fmt(check.olsMse),
                r2: fmt(check.olsR2, 3),
                ratio: fmt(check.optimumOverReported, 3),
                code: fmt(check.code.mse),
              })}
            </p>
          </div>
          <div>
            <h3 className="font-semibold">{t("bTitle")}</h3>
            <p className="mt-1">{t("bText")}</p>
            <div className="mt-2 grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm tabular-nums">
                  <thead>
                    <tr>
                      <th scope="col" className={TH}>x</th>
                      <th scope="col" className={TH}>y</th>
                      <th scope="col" className={TH}>{t("buggy")}</th>
                      <th scope="col" className={TH}>{t("correct")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.rows.map((r, i) => (
                      <tr key={i}>
                        <td className={TD}>{fmt(r.x, 3)}</td>
                        <td className={TD}>{fmt(r.yTrue, 3)}</td>
                        <td className={`${TD} text-red-800 dark:text-red-300`}>{fmt(r.buggy, 3)}</td>
                        <td className={`${TD} text-green-800 dark:text-green-300`}>{fmt(r.correct, 3)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <FormulaBox html={zscoreHtml} caption={f("normalization")} />
            </div>
          </div>
          <div>
            <h3 className="font-semibold">{t("cTitle")}</h3>
            <p className="mt-1">{t("cText", { code: fmt(check.code.mse), text: fmt(check.text.mse) })}</p>
            <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">{t("codeSays")}</dt>
                <dd>
                  <code className="font-mono">Sequential([Dense(1)])</code>
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("textSays")}</dt>
                <dd>
                  <code className="font-mono">Dense({check.text.units}, relu) → Dense(1)</code>
                </dd>
              </div>
            </dl>
            <button
              type="button"
              onClick={onLoadTextPreset}
              className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-white dark:border-slate-500 dark:hover:bg-slate-800"
            >
              {t("loadTextPreset")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
