import { getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { KatexStylesheet } from "@/components/katex-stylesheet";
import type { Locale } from "@/i18n/routing";
import { decodeLabUrl, withRecognisedPreset, type RunConfig } from "@/lib/regression";
import { FrameCharts, LabFirstFrame } from "./lab-first-frame";
import { LabGate } from "./lab-gate";
import type { LabFocus } from "./settings-panel";

/**
 * Server side of the lab: the first frame (with the formulas it shows, as KaTeX HTML: no KaTeX code in the browser)
 * and the gate that loads the widget. The widget's formulas and its "lab" messages travel with its lazily loaded
 * code (lab-formulas.generated.ts, lab-messages.ts), not in the page's inline data; the page hands it only
 * "labTiming". The translation provider is inside the lazily loaded widget (lab-intl-widget.tsx), so pages that
 * only could embed the lab load no next-intl client code.
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
  // The run the widget starts with: the embed's, or the full lab's first visit (an address without settings, which
  // the widget reads the same way). A link with settings loads the widget at once (lab-gate.tsx).
  const startConfig = mode === "full" ? withRecognisedPreset(decodeLabUrl("").config) : (initialConfig ?? withRecognisedPreset(decodeLabUrl("").config));
  const headingId = mode === "full" ? "lab-full" : "lab-embed";
  // The lab always shows formulas: the page loads KaTeX's stylesheet (once, however many formulas link it).
  return (
    <>
      <KatexStylesheet />
      <LabGate
        mode={mode}
        labPath={`/${locale}/lab`}
        initialConfig={initialConfig}
        focus={focus}
        intl={{ locale, timeZone, messages: { labTiming: messages.labTiming ?? {} } }}
        loading={t("loading")}
        // The frame's charts again, for the widget to show until its run changes or starts (lab-widget.tsx).
        pictures={{ node: <FrameCharts locale={locale} mode={mode} config={startConfig} idPrefix={`${headingId}-pic`} />, config: startConfig }}
      >
        <LabFirstFrame locale={locale} mode={mode} config={startConfig} focus={focus} headingId={headingId} />
      </LabGate>
    </>
  );
}
