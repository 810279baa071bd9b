"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { EntityType } from "@/lib/schemas/entity-types";

/** How often an open form asks whether someone saved a newer version (issue 14: it learns within about 10 s). */
export const VERSION_POLL_MS = 5_000;

interface Newer {
  version: number;
  updatedAt: string;
  by: string | null;
}

/**
 * While a form is open, polls the entry's version endpoint and, once someone else has saved a version newer than
 * the one the form is based on, says who and when (a polite status, so a screen reader announces it without
 * taking focus). Saving then merges (lib/editing/merge), so the notice informs; it does not block.
 */
export function NewerVersionNotice(props: { type: EntityType; id: number; version: number }) {
  const m = useTranslations("admin.merge");
  const format = useFormatter();
  const [newer, setNewer] = useState<Newer | null>(null);
  const { type, id, version } = props;

  useEffect(() => {
    let stopped = false;
    const controller = new AbortController();
    async function check() {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch(`/api/admin/entries/${type}/${id}/version`, { cache: "no-store", signal: controller.signal });
        if (!response.ok || stopped) return;
        const body = (await response.json()) as Newer;
        if (!stopped) setNewer(typeof body.version === "number" && body.version > version ? body : null);
      } catch {
        // Offline or aborted: try again at the next tick.
      }
    }
    void check();
    const timer = setInterval(() => void check(), VERSION_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      controller.abort();
    };
  }, [type, id, version]);

  const shown = newer && newer.version > version ? newer : null;
  const when = shown ? format.dateTime(new Date(shown.updatedAt), { dateStyle: "medium", timeStyle: "medium" }) : "";
  return (
    <div role="status" className={shown ? "rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100" : "sr-only"}>
      {shown
        ? shown.by
          ? m("newer", { version: shown.version, who: shown.by, time: when })
          : m("newerNoAuthor", { version: shown.version, time: when })
        : null}
    </div>
  );
}
