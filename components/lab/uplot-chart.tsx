"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

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

  useEffect(() => {
    dataRef.current = data;
    optionsRef.current = makeOptions;
  });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const width = Math.max(200, box.clientWidth);
    const plot = new uPlot(optionsRef.current(width, height), dataRef.current, box);
    plotRef.current = plot;
    const observer = new ResizeObserver(() => {
      const w = Math.max(200, box.clientWidth);
      if (w !== plot.width) plot.setSize({ width: w, height });
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [optionsKey, height]);

  useEffect(() => {
    plotRef.current?.setData(data);
  }, [data]);

  return <div ref={boxRef} aria-hidden="true" className="w-full overflow-hidden" style={{ height }} />;
}
