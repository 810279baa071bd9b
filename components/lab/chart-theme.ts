"use client";

import { useSyncExternalStore } from "react";

/** Canvas colours cannot use Tailwind's dark: classes, so charts pick a palette from the colour scheme. */
export interface ChartTheme {
  axis: string;
  grid: string;
  train: string;
  test: string;
  ols: string;
  fit: string;
  comparison: string;
  points: string;
  testPoints: string;
}

export const LIGHT_THEME: ChartTheme = {
  axis: "#334155",
  grid: "#e2e8f0",
  train: "#1d5fd1",
  test: "#c2410c",
  ols: "#15803d",
  fit: "#be123c",
  comparison: "#7e22ce",
  points: "#475569",
  testPoints: "#c2410c",
};

export const DARK_THEME: ChartTheme = {
  axis: "#cbd5e1",
  grid: "#1e293b",
  train: "#8dbbff",
  test: "#fb923c",
  ols: "#4ade80",
  fit: "#fb7185",
  comparison: "#c084fc",
  points: "#94a3b8",
  testPoints: "#fb923c",
};

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

export function useChartTheme(): { theme: ChartTheme; dark: boolean } {
  const dark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  return { theme: dark ? DARK_THEME : LIGHT_THEME, dark };
}
