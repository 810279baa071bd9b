import "katex/dist/katex.min.css";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { RunConfig } from "@/lib/regression";
import { LabLoader } from "./lab-loader";
import { renderLabFormulas } from "./render-formulas";
import type { LabFocus } from "./settings-panel";

/**
 * Server side of the lab: renders the formulas to HTML once (no KaTeX code in
 * the browser) and hands the client only the "lab" messages it uses.
 */
export async function LabMount({
  locale,
  mode,
  initialConfig,
  focus,
}: {
  locale: Locale;
  mode: "full" | "compact";
  initialConfig?: RunConfig;
  focus?: LabFocus;
}) {
  const messages = await getMessages();
  const all = renderLabFormulas();
  // The compact embed shows only the activation and loss formulas: send only those.
  const formulas =
    mode === "full"
      ? all
      : {
          ...all,
          model: { linear: "", mlp: "" },
          optimizer: { sgd: "", momentum: "", adam: "" },
          zscore: "",
        };
  return (
    <NextIntlClientProvider messages={{ lab: messages.lab ?? {} }}>
      <LabLoader
        mode={mode}
        formulas={formulas}
        labPath={`/${locale}/lab`}
        initialConfig={initialConfig}
        focus={focus}
      />
    </NextIntlClientProvider>
  );
}
