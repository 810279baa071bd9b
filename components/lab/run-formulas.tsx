"use client";

import { useTranslations } from "next-intl";
import type { RunConfig } from "@/lib/regression";
import { FormulaBox } from "./formula-box";
import type { LabFormulas } from "./formula-types";

/** The formulas of the run as set: its model, its loss (MSE) and its optimizer's update rule, side by side. */
export function RunFormulas({ formulas, config }: { formulas: LabFormulas; config: RunConfig }) {
  const t = useTranslations("lab");
  return (
    <section aria-labelledby="lab-formulas-heading" className="space-y-2">
      <h2 id="lab-formulas-heading" className="text-base font-semibold">
        {t("widget.formulas")}
      </h2>
      <div className="grid gap-2 md:grid-cols-3">
        <FormulaBox html={formulas.model[config.model]} caption={t("formulas.model")} />
        <FormulaBox html={formulas.mse} caption={t("formulas.mse")} />
        <FormulaBox html={formulas.optimizer[config.optimizer]} caption={`${t("formulas.optimizerRule")}: ${t(`fields.optimizers.${config.optimizer}`)}`} />
      </div>
    </section>
  );
}
