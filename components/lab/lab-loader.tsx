"use client";

import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import type { LabIntl } from "./lab-intl-widget";
import type { LabWidgetProps } from "./lab-widget";

/** The translated "loading" text; a context because next/dynamic's placeholder receives no props. */
const LoadingText = createContext("");

/** Reserves roughly the widget's height while its code loads (less layout shift). */
function Placeholder({ minHeight }: { minHeight: number }) {
  return (
    <div
      className="mt-6 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
      style={{ minHeight }}
    >
      <p role="status">{useContext(LoadingText)}</p>
    </div>
  );
}

// The widget, its translations, its worker and uPlot load only where this loader is rendered (the lab and six
// technique pages). This module itself loads on every technique page (the route's client code does not depend on the
// slug), so it stays small: no next-intl here, the loading text comes translated from the server.
// One dynamic wrapper per mode, because next/dynamic's placeholder receives no props; both load the same chunk.
const FullLab = dynamic(() => import("./lab-intl-widget"), { ssr: false, loading: () => <Placeholder minHeight={1100} /> });
const CompactLab = dynamic(() => import("./lab-intl-widget"), { ssr: false, loading: () => <Placeholder minHeight={620} /> });

export function LabLoader({ loading, ...props }: LabWidgetProps & { intl: LabIntl; loading: string }) {
  return (
    <LoadingText value={loading}>{props.mode === "full" ? <FullLab {...props} /> : <CompactLab {...props} />}</LoadingText>
  );
}
