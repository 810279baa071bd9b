import { getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { KatexStylesheet } from "@/components/katex-stylesheet";
import type { Locale } from "@/i18n/routing";
import { decodeLabUrl, withRecognisedPreset, type RunConfig } from "@/lib/regression";
import { LabFirstFrame } from "./lab-first-frame";
import { LabGate } from "./lab-gate";
import { renderLabFormulas } from "./render-formulas";
import type { LabFocus } from "./settings-panel";

/**
 * Server side of the lab: renders the formulas to HTML once (no KaTeX code in
 * the browser) and hands the client only the "lab" (and "labTiming") messages it uses. The
 * translation provider is inside the lazily loaded widget (lab-intl-widget.tsx),
 * so pages that only could embed the lab load no next-intl client code.
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
  const [messages, timeZone, t] = await Promise.all([
    getMessages({ locale }),
    getTimeZone({ locale }),
    getTranslations({ locale, namespace: "lab.page" }),
  ]);
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
  // The run the widget starts with: the embed's, or the full lab's first visit (an address without settings, which
  // the widget reads the same way). A link with settings loads the widget at once (lab-gate.tsx).
  const startConfig = mode === "full" ? withRecognisedPreset(decodeLabUrl("").config) : (initialConfig ?? withRecognisedPreset(decodeLabUrl("").config));
  // The lab always shows formulas: the page loads KaTeX's stylesheet (once, however many formulas link it).
  return (
    <>
      <KatexStylesheet />
      <LabGate
        mode={mode}
        formulas={formulas}
        labPath={`/${locale}/lab`}
        initialConfig={initialConfig}
        focus={focus}
        intl={{ locale, timeZone, messages: { lab: messages.lab ?? {}, labTiming: messages.labTiming ?? {} } }}
        loading={t("loading")}
      >
        <LabFirstFrame locale={locale} mode={mode} config={startConfig} focus={focus} formulas={all} headingId={mode === "full" ? "lab-full" : "lab-embed"} />
      </LabGate>
    </>
  );
}
