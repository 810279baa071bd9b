import { startTransition, useEffect, useState } from "react";

/**
 * False until a task after `due` first becomes true, then true for good. A part of the widget that waits on it renders
 * as a commit of its own (a timeout, then a transition) instead of lengthening the commit that made it due.
 */
export function useDeferredReveal(due: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!due || shown) return;
    const soon = window.setTimeout(() => startTransition(() => setShown(true)), 0);
    return () => window.clearTimeout(soon);
  }, [due, shown]);
  return shown;
}
