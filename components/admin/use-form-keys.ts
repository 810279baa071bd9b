"use client";

import { useEffect, useEffectEvent, type RefObject } from "react";

const FIELD_SELECTOR = "input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])";

/** The first control of the form's fields (the area marked data-fields), if any. */
function firstField(form: HTMLFormElement | null): HTMLElement | null {
  return form?.querySelector<HTMLElement>(`[data-fields] :is(${FIELD_SELECTOR})`) ?? null;
}

/** Whether a click on this link leaves the page in the same tab (so unsaved input would be lost). */
function leavesPage(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== "_self") return false;
  if (anchor.hasAttribute("download")) return false;
  const href = anchor.getAttribute("href");
  if (!href || href.startsWith("#")) return false;
  const to = new URL(anchor.href, window.location.href);
  return !(to.pathname === window.location.pathname && to.search === window.location.search);
}

/**
 * The editor's keyboard and leaving behaviour: the first field has focus on open; the skip link lands on it;
 * Ctrl/Cmd+S saves; leaving with unsaved input (closing or reloading the tab, or an in-app link) asks first.
 */
export function useFormKeys(formRef: RefObject<HTMLFormElement | null>, dirty: boolean, leaveQuestion: string) {
  useEffect(() => {
    // Only when nothing else has focus yet: someone who already clicked or tabbed into the page keeps their place.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    firstField(formRef.current)?.focus();
  }, [formRef]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  });

  const onClick = useEffectEvent((event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.("a[href]");
    if (!(anchor instanceof HTMLAnchorElement)) return;
    if (anchor.getAttribute("href") === "#main") {
      // The skip link lands on the form's first field.
      const field = firstField(formRef.current);
      if (field) {
        event.preventDefault();
        field.focus();
      }
      return;
    }
    if (dirty && leavesPage(event, anchor) && !window.confirm(leaveQuestion)) {
      event.preventDefault();
      event.stopPropagation();
    }
  });

  const onBeforeUnload = useEffectEvent((event: BeforeUnloadEvent) => {
    if (!dirty) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = "";
  });

  useEffect(() => {
    const keydown = (e: KeyboardEvent) => onKeyDown(e);
    const click = (e: MouseEvent) => onClick(e);
    const beforeUnload = (e: BeforeUnloadEvent) => onBeforeUnload(e);
    window.addEventListener("keydown", keydown);
    window.addEventListener("click", click, true);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("keydown", keydown);
      window.removeEventListener("click", click, true);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, []);
}
