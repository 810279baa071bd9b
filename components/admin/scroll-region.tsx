import type { ReactNode } from "react";

/** A horizontally scrollable wrapper for wide tables, reachable and scrollable with the keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
