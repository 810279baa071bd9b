"use client";

import { useEffect, useRef } from "react";
import type uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

type UPlotClass = typeof uPlot;

// uPlot's code is a chunk of its own, loaded with the first chart: the browser compiles a module when it first runs
// it, so the widget's code and uPlot's are compiled in separate tasks instead of one long one.
let loaded: UPlotClass | null = null;
let loading: Promise<UPlotClass> | null = null;
/**
 * Loads uPlot's chunk once. The widget starts it as the reader reaches into it (until then it shows the first frame's
 * charts), so the live charts rarely wait on it. A failed load is forgotten, so the next chart (or a retry once the
 * network is back) asks again.
 */
export function loadUplot(): Promise<UPlotClass> {
  loading ??= import("uplot").then(
    (m) => (loaded = m.default),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

// A chart's first draw (its canvas, axes and their text) is the largest piece of the widget's arrival: the charts are
// built one per task, each once the browser has laid its box out (a ResizeObserver reports the width, so building
// never forces a layout of the page), so no task holds two of them nor a forced layout.
let turn: Promise<void> = Promise.resolve();
/** Queues a chart's first build; the returned function withdraws it (its box left the page) without holding the queue. */
function inTurn(box: HTMLElement, work: (width: number) => void): () => void {
  let cancel = () => {};
  let cancelled = false;
  turn = turn.then(
    () =>
      new Promise<void>((resolve) => {
        let done = false;
        const stop = () => {
          done = true;
          observer.disconnect();
          clearTimeout(fallback);
        };
        const run = (width: number) => {
          if (done) return;
          stop();
          setTimeout(() => {
            try {
              if (!cancelled) work(width);
            } finally {
              resolve();
            }
          }, 0);
        };
        // The box's width as layout gives it (floored as clientWidth is, so the chart's own observer agrees with it).
        const observer = new ResizeObserver((entries) => run(Math.floor(entries[0]?.contentRect.width ?? 0)));
        // A box that is never laid out (hidden) is never reported: the queue must not wait on it for long.
        const fallback = setTimeout(() => run(box.clientWidth), 1000);
        cancel = () => {
          if (done) return;
          stop();
          resolve();
        };
        if (cancelled) cancel();
        else observer.observe(box);
      }),
  );
  return () => {
    cancelled = true;
    cancel();
  };
}

interface Props {
  /** Builds the options for a given width. Read when the chart is (re)created. */
  makeOptions: (width: number, height: number) => uPlot.Options;
  data: uPlot.AlignedData;
  height: number;
  /** The chart is rebuilt when this changes (series, scales or colours changed). */
  optionsKey: string;
}

/**
 * A uPlot canvas in a box of fixed height (no layout shift while it loads or
 * trains). The canvas is hidden from assistive technology: every chart has a
 * text alternative beside it.
 */
export function UplotChart({ makeOptions, data, height, optionsKey }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  const optionsRef = useRef(makeOptions);
  /** Whether this chart has been drawn once: later rebuilds (new options while training) are immediate. */
  const drawnRef = useRef(false);

  useEffect(() => {
    dataRef.current = data;
    optionsRef.current = makeOptions;
  });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let plot: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    const build = (UPlot: UPlotClass, boxWidth: number) => {
      if (gone) return;
      const width = Math.max(200, boxWidth);
      const made = new UPlot(optionsRef.current(width, height), dataRef.current, box);
      plot = made;
      plotRef.current = made;
      drawnRef.current = true;
      observer = new ResizeObserver(() => {
        const w = Math.max(200, box.clientWidth);
        if (w !== made.width) made.setSize({ width: w, height });
      });
      observer.observe(box);
    };
    let withdraw = () => {};
    if (loaded && drawnRef.current) build(loaded, box.clientWidth);
    else
      loadUplot().then(
        (UPlot) => {
          if (!gone) withdraw = inTurn(box, (width) => build(UPlot, width));
        },
        // The chart's text alternative beside it still carries its content; the next chart asks for uPlot again.
        () => {},
      );
    return () => {
      gone = true;
      withdraw();
      observer?.disconnect();
      plot?.destroy();
      if (plotRef.current === plot) plotRef.current = null;
    };
  }, [optionsKey, height]);

  useEffect(() => {
    plotRef.current?.setData(data);
  }, [data]);

  return <div ref={boxRef} aria-hidden="true" className="w-full overflow-hidden" style={{ height }} />;
}
