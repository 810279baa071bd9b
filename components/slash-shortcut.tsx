"use client";

// "/" focuses the page's main search box: the element marked `data-slash-target` (the explorer's and the home page's
// search fields). One listener for the whole site, mounted once by the locale layout. It stays out of the way while
// someone types in a field (where "/" is a character), uses a modifier, composes with an IME, or works in a dialog
// that makes the page inert.
import { useEffect } from "react";

const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "url", "tel", "password", "number", "date", "datetime-local", "month", "time", "week"]);

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

function slashTarget(): HTMLElement | null {
  const candidates = Array.from(document.querySelectorAll<HTMLElement>("[data-slash-target]"));
  return candidates.find((el) => el.getClientRects().length > 0 && !el.closest("[inert]") && !el.matches(":disabled")) ?? null;
}

export function SlashShortcut() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (isTypingIn(e.target)) return;
      const target = slashTarget();
      if (!target || target === document.activeElement) return;
      e.preventDefault();
      target.focus();
      if (target instanceof HTMLInputElement) target.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
