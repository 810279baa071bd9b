"use client";

import type { AbstractIntlMessages } from "next-intl";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { LabFormulas } from "./formula-types";
import type { LabIntl } from "./lab-intl-widget";
import { loadLabMessages } from "./lab-messages";
import type { LabWidgetProps } from "./lab-widget";

type Widget = ComponentType<LabWidgetProps & { intl: LabIntl }>;
type GateProps = Omit<LabWidgetProps, "formulas">;

/** How far ahead of the viewport a scrolling reader's approach starts the widget loading (it is ready on arrival). */
const APPROACH_PX = 600;

/**
 * Shows the server-rendered first frame (children) and loads the interactive widget — its code, translations and
 * worker (uPlot waits for the run to change: lab-widget.tsx) — when the reader comes to it: its charts are in view, or
 * the reader scrolls to within APPROACH_PX of them, or reaches into the box (pointer or keyboard focus); the full lab
 * also when the browser is idle, or at once when the address asks for a run. A page whose lab sits below the first
 * screen costs nothing until the reader scrolls toward it. The widget renders unseen behind the frame until its worker
 * has the data, then takes the frame's place; keyboard focus that was in the frame moves to the widget's first
 * control. The lab's code is not part of the page's own JavaScript: this module is.
 */
export function LabGate({ children, loading, ...props }: GateProps & { intl: LabIntl; loading: string; children: ReactNode }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const widgetRef = useRef<HTMLDivElement>(null);
  const [requested, setRequested] = useState(false);
  const [Widget, setWidget] = useState<Widget | null>(null);
  const [labMessages, setLabMessages] = useState<AbstractIntlMessages | null>(null);
  const [formulas, setFormulas] = useState<LabFormulas | null>(null);
  const locale = props.intl.locale;
  const [ready, setReady] = useState(false);
  const full = props.mode === "full";

  const load = useCallback(() => setRequested(true), []);

  useEffect(() => {
    if (requested) return;
    const box = boxRef.current;
    if (!box) return;
    // A link with settings (?preset=…&run=1) asks for that run: no reason to wait.
    if (full && window.location.search.length > 1) {
      const soon = window.setTimeout(load, 0);
      return () => window.clearTimeout(soon);
    }
    // The charts are what needs the widget: in view (on arrival, or as the page is laid out), load.
    const charts = box.querySelector("[data-lab-charts]") ?? box;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) load();
    });
    observer.observe(charts);
    // A reader scrolling toward them: load a screen ahead, so the widget is there when they arrive.
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (charts.getBoundingClientRect().top < window.innerHeight + APPROACH_PX) load();
      });
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    const events = ["pointerdown", "pointerenter", "focusin", "click"] as const;
    for (const e of events) box.addEventListener(e, load);
    let idle: number | null = null;
    if (full) idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(load, { timeout: 3000 }) : window.setTimeout(load, 1500);
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", onScroll);
      if (frame) cancelAnimationFrame(frame);
      for (const e of events) box.removeEventListener(e, load);
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
    };
  }, [requested, full, load]);

  useEffect(() => {
    if (!requested) return;
    let live = true;
    // The widget's code, its formulas and the lab's messages come together, after the page. The formulas (~50 KB of
    // KaTeX HTML) are a chunk of their own: the browser compiles a module when it first runs it, and one large module
    // would be one long task. uPlot's chunk is not among them: the widget shows the frame's charts until its run
    // changes or starts, and loads uPlot then, or as the reader reaches into it (lab-widget.tsx).
    void Promise.all([import("./lab-intl-widget"), import("./lab-formulas.generated"), loadLabMessages(locale)]).then(([m, f, messages]) => {
      if (!live) return;
      // A transition: React renders the widget in slices, between which the page keeps answering.
      startTransition(() => {
        setLabMessages(messages);
        setFormulas(f.LAB_FORMULAS);
        setWidget(() => m.default);
      });
    });
    return () => {
      live = false;
    };
  }, [requested, locale]);

  // Whether keyboard focus was in the frame (its start button) when the widget became ready: read before the frame
  // goes, then handed on to the widget's first control.
  const focusWasInFrame = useRef(false);
  const onReady = useCallback(() => {
    const active = document.activeElement;
    focusWasInFrame.current = active instanceof HTMLElement && active.closest("[data-lab-first-frame]") !== null;
    // Not urgent: the frame stays until React has the swap ready, and the page keeps answering meanwhile.
    startTransition(() => setReady(true));
  }, []);

  useEffect(() => {
    if (!ready || !focusWasInFrame.current) return;
    focusWasInFrame.current = false;
    widgetRef.current?.querySelector<HTMLElement>("select, button, input, a[href], summary")?.focus();
  }, [ready]);

  // The widget's element, made once: when the gate re-renders (the frame going), React leaves the widget's tree alone
  // instead of rendering all of it again, and the translation provider keeps the same messages object.
  const { mode, labPath, initialConfig, focus, intl, pictures } = props;
  const widget = useMemo(
    () =>
      Widget && labMessages && formulas ? (
        <Widget
          mode={mode}
          formulas={formulas}
          labPath={labPath}
          initialConfig={initialConfig}
          focus={focus}
          pictures={pictures}
          intl={{ ...intl, messages: { ...intl.messages, lab: labMessages } }}
          onReady={onReady}
        />
      ) : null,
    [Widget, labMessages, formulas, mode, labPath, initialConfig, focus, pictures, intl, onReady],
  );

  // The frame and the widget share one grid cell. The widget, once mounted, is laid out in its final place (in flow, at
  // its own height: not stretched to the cell), unseen (visibility: hidden) and inert behind the frame; the cell is as
  // tall as the taller of the two, so the page below makes room for the widget while the frame still shows (below the
  // first screen on a phone). The swap then only removes the frame: the widget is not laid out a second time, as it
  // was when it waited out of flow (absolutely positioned) and the page below moved once more.
  return (
    <div ref={boxRef} className="grid grid-cols-1">
      {widget ? (
        <div
          ref={widgetRef}
          className={ready ? "min-w-0 self-start [grid-area:1/1]" : "invisible min-w-0 self-start [grid-area:1/1]"}
          aria-hidden={ready ? undefined : true}
          inert={!ready}
        >
          {widget}
        </div>
      ) : null}
      {ready ? null : (
        <div className="min-w-0 [grid-area:1/1]">
          {children}
          {/* Always there (no shift when it fills in); announced once the widget is on its way. */}
          <p role="status" className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400">
            {requested ? loading : ""}
          </p>
        </div>
      )}
    </div>
  );
}
