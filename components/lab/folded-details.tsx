"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is rendered only once it has been opened (then kept, so what was typed stays): a closed
 * group costs the page nothing to build or lay out when the lab loads. Keyboard and screen readers open it as any
 * details element.
 */
export function FoldedDetails({
  summary,
  open,
  className,
  summaryClassName,
  bodyClassName,
  children,
}: {
  summary: string;
  /** Open at first. */
  open: boolean;
  className: string;
  summaryClassName: string;
  bodyClassName: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(open);
  return (
    <details
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
      className={className}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? <div className={bodyClassName}>{children}</div> : null}
    </details>
  );
}
