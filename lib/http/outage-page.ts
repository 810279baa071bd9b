// The page a visitor gets when a page cannot be served because the database is unreachable (issue 21): a 503 with
// Retry-After, in the visitor's language, never Next.js's generic 500. Pure: the texts come from messages/*.json.
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

/** The header on answers served from the last known catalog version while the primary cannot be read. */
export const STALE_HEADER = "x-fusion-atlas-stale";
export const STALE_VALUE = "primary-unreachable";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 503 page's HTML for `locale`; `path` is the page asked for (the "try again" link). */
export function outagePageHtml(locale: "en" | "zh", path: string): string {
  const t = (locale === "zh" ? zh : en).outage;
  const site = (locale === "zh" ? zh : en).site as { name?: string };
  const name = site.name ?? "Fusion Atlas";
  return `<!doctype html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)} · ${escape(name)}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans SC","PingFang SC",sans-serif;margin:0;padding:2rem 1rem;line-height:1.6;color:#111;background:#fff}main{max-width:40rem;margin:0 auto}a{color:#1d4ed8}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#93c5fd}}</style>
</head><body><main><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="${escape(path)}">${escape(t.retry)}</a> · <a href="/${locale}">${escape(t.home)}</a></p></main></body></html>`;
}
