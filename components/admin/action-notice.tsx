"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname } from "@/i18n/navigation";

/**
 * The admin's page-level confirmation ("Restored.", "Moved to trash."). It lives in the admin layout, which survives
 * the re-render that follows a mutation: the button that ran the action often disappears in that re-render (restoring
 * an entry removes its row from the trash), and a confirmation kept in the button's own state vanished with it.
 * A notice belongs to one path (the page it was given on, or the page the action goes to) and shows only there.
 */
/** reveal: the action went to another page, whose content the router scrolls to, below this notice: bring it into view. */
type Notice = { text: string; path: string; reveal: boolean };
type Announce = (text: string, path?: string) => void;

const NoticeContext = createContext<Announce | null>(null);

export function ActionNoticeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [notice, setNotice] = useState<Notice | null>(null);
  // Leaving the notice's page drops it, so that coming back later does not show a stale confirmation.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    if (notice && notice.path !== pathname) setNotice(null);
  }
  const announce = useCallback<Announce>((text, path) => setNotice({ text, path: path ?? pathname, reveal: path !== undefined && path !== pathname }), [pathname]);
  const shown = notice && notice.path === pathname ? notice.text : "";
  const reveal = Boolean(shown && notice?.reveal);
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reveal) region.current?.scrollIntoView({ block: "nearest" });
  }, [reveal, shown]);
  return (
    <NoticeContext.Provider value={announce}>
      {/* Always rendered (empty when there is nothing to say), so that screen readers announce each new text. */}
      <p ref={region} role="status" aria-live="polite" className={shown ? "mb-4 rounded border border-emerald-700 p-3 text-sm font-semibold" : "sr-only"}>
        {shown}
      </p>
      {children}
    </NoticeContext.Provider>
  );
}

/** The layout's announcer, or null outside the admin panel (the caller then shows its message itself). */
export function useActionNotice(): Announce | null {
  return useContext(NoticeContext);
}
