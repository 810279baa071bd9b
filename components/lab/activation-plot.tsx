"use client";

import { ACTIVATIONS, type ActivationKind } from "@/lib/regression";

const W = 160;
const H = 90;
const Z_MIN = -4;
const Z_MAX = 4;
const Y_RANGE: Record<ActivationKind, [number, number]> = {
  relu: [-0.5, 4],
  tanh: [-1.2, 1.2],
  sigmoid: [-0.1, 1.1],
  linear: [-4, 4],
};

/** A small plot of the activation function (SVG, drawn from the same functions the model uses). */
export function ActivationPlot({ kind, label }: { kind: ActivationKind; label: string }) {
  const [lo, hi] = Y_RANGE[kind];
  const sx = (z: number) => ((z - Z_MIN) / (Z_MAX - Z_MIN)) * W;
  const sy = (y: number) => H - ((y - lo) / (hi - lo)) * H;
  const f = ACTIVATIONS[kind].f;
  const points: string[] = [];
  for (let k = 0; k <= 80; k++) {
    const z = Z_MIN + ((Z_MAX - Z_MIN) * k) / 80;
    points.push(`${sx(z).toFixed(1)},${sy(f(z)).toFixed(1)}`);
  }
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width={W} height={H} className="mt-1 block max-w-full">
      <line x1={0} x2={W} y1={sy(0)} y2={sy(0)} className="stroke-slate-400 dark:stroke-slate-600" strokeWidth={1} />
      <line x1={sx(0)} x2={sx(0)} y1={0} y2={H} className="stroke-slate-400 dark:stroke-slate-600" strokeWidth={1} />
      <polyline points={points.join(" ")} fill="none" className="stroke-accent-700 dark:stroke-accent-300" strokeWidth={2} />
    </svg>
  );
}
