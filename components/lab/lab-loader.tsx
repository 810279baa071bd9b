"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { LabWidgetProps } from "./lab-widget";

/** Reserves roughly the widget's height while its code loads (less layout shift). */
function Placeholder({ minHeight }: { minHeight: number }) {
  const t = useTranslations("lab.page");
  return (
    <div
      className="mt-6 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
      style={{ minHeight }}
    >
      <p role="status">{t("loading")}</p>
    </div>
  );
}

// The widget, its worker and uPlot load only where this loader is rendered (the lab and six technique pages).
// One dynamic wrapper per mode, because next/dynamic's placeholder receives no props; both load the same chunk.
const FullLab = dynamic(() => import("./lab-widget"), { ssr: false, loading: () => <Placeholder minHeight={1100} /> });
const CompactLab = dynamic(() => import("./lab-widget"), { ssr: false, loading: () => <Placeholder minHeight={620} /> });

export function LabLoader(props: LabWidgetProps) {
  return props.mode === "full" ? <FullLab {...props} /> : <CompactLab {...props} />;
}
