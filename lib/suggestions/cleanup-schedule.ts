import "server-only";
import { db } from "@/lib/db/client";
import { clearExpiredPersonalData } from "./cleanup";

const DAY_MS = 24 * 60 * 60 * 1000;
const SCHEDULED = Symbol.for("fusion-atlas.suggestion-cleanup");

/** Runs the personal-data cleanup now and then once a day in this process (instrumentation.ts calls it on start). */
export function scheduleSuggestionCleanup(log: (message: string) => void = () => undefined): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[SCHEDULED]) return;
  g[SCHEDULED] = true;
  const run = () =>
    clearExpiredPersonalData(db)
      .then((count) => {
        if (count > 0) log(`suggestions: cleared the email and IP of ${count} suggestion(s) decided more than 90 days ago`);
      })
      .catch((error: unknown) => log(`suggestions: personal-data cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
  void run();
  setInterval(run, DAY_MS).unref();
}
