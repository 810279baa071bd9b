// One Lighthouse run (default config: mobile emulation, simulated throttling) in a fresh headless Chromium, and
// a summary of where points were lost. A fresh browser per page keeps caches and service state from leaking
// between pages, as Lighthouse's own CLI does.
import type { Flags, Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type PageScores = Record<Category, number>;

export interface LighthouseOutcome {
  scores: PageScores;
  finalUrl: string;
  /** The main document's URL after any HTTP redirect (a client-side history.replaceState does not change it). */
  documentUrl: string;
  /** Lighthouse's CPU benchmark of the host during the run (a free desktop core scores ~1000-2000; a starved one far less). */
  benchmarkIndex: number;
  /** The SEO score with the is-crawlable audit left out (for pages that are noindex on purpose, the admin). */
  seoIgnoringNoindex: number;
  /** Audits that cost points (and the performance metrics/insights worth a look), one line each. */
  losses: string[];
  /** Total blocking time (ms) and where the main thread went: bootup-time's top scripts, mainthread-work-breakdown's top groups. */
  tbtMs: number;
  mainThread: string[];
}

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function runLighthouse(chromePath: string, url: string, extraHeaders?: Record<string, string>): Promise<LighthouseOutcome> {
  // Both packages are ESM-only; the benches run as CommonJS under tsx.
  const { launch } = await import("chrome-launcher");
  const lighthouse = (await import("lighthouse")).default;
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], extraHeaders };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarize(result.lhr);
  } finally {
    await chrome.kill();
  }
}

export function summarize(lhr: Result): LighthouseOutcome {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageScores;
  const losses: string[] = [];
  if (lhr.runtimeError) losses.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "notApplicable") continue;
      // Performance: every metric (their values explain the score) and every insight/diagnostic below 0.9.
      const isMetric = ref.group === "metrics";
      if (!isMetric && audit.score >= 0.9) continue;
      if (!isMetric && ref.weight === 0 && c !== "performance") continue;
      const value = audit.displayValue ? ` — ${audit.displayValue}` : "";
      losses.push(`${c}: ${audit.id} (${Math.round(audit.score * 100)})${value}${isMetric ? "" : `: ${audit.title}`}`);
      // Where the points went, for the audits a page can fix (console errors, a11y, SEO): the first few items.
      if (c !== "performance" || audit.id === "errors-in-console" || audit.id === "bf-cache") losses.push(...detailLines(audit.details).map((l) => `    ${l}`));
    }
  }
  return {
    scores,
    finalUrl: lhr.finalDisplayedUrl,
    documentUrl: lhr.mainDocumentUrl ?? lhr.finalDisplayedUrl,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    seoIgnoringNoindex: scoreWithout(lhr, "seo", "is-crawlable"),
    losses,
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    mainThread: mainThreadLines(lhr),
  };
}

/**
 * The TBT breakdown: the top scripts by main-thread time (bootup-time), the top kinds of work
 * (mainthread-work-breakdown) and the longest main-thread tasks (long-tasks: when, how long, whose script).
 */
export function mainThreadLines(lhr: Result, top = 5): string[] {
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? []).slice(0, top);
  const ms = (v: unknown) => `${Math.round(Number(v) || 0)} ms`;
  const short = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, "");
  return [
    ...items("bootup-time").map((i) => `bootup ${short(i.url)}: total ${ms(i.total)}, scripting ${ms(i.scripting)}, parse/compile ${ms(i.scriptParseCompile)}`),
    ...items("mainthread-work-breakdown").map((i) => `main thread ${String(i.groupLabel ?? i.group)}: ${ms(i.duration)}`),
    ...items("long-tasks").map((i) => `long task at ${ms(i.startTime)}: ${ms(i.duration)}, ${short(i.url)}`),
  ];
}

function detailLines(details: unknown): string[] {
  const items = (details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
  return items.slice(0, 4).map((item) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const text = node?.snippet ?? item.description ?? item.url ?? item.source ?? JSON.stringify(item);
    return String(text).replace(/\s+/g, " ").slice(0, 220);
  });
}

/** A category's score recomputed the way Lighthouse does (weighted mean of audit scores), leaving one audit out. */
function scoreWithout(lhr: Result, category: Category, auditId: string): number {
  let sum = 0;
  let weights = 0;
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (ref.id === auditId || !audit || audit.score === null || ref.weight === 0) continue;
    sum += audit.score * ref.weight;
    weights += ref.weight;
  }
  return weights === 0 ? 0 : Math.round((sum / weights) * 100);
}
