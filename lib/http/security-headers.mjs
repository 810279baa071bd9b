// The app's response security headers (DESIGN.md "Headers"), as pure functions shared by the proxy (proxy.ts, through
// ./page-headers.ts) and the page cache handler (lib/cache/page-cache-handler.mjs, which Next.js loads outside the
// app's bundles, hence plain JavaScript). No Next.js, no React, no database.
//
// Content-Security-Policy. Next.js writes inline scripts into every page (its bootstrap and the React Server
// Components payload, `self.__next_f.push(…)`), so scripts need a nonce or hashes; `unsafe-eval` is never allowed.
// - Pages kept in the page cache (ISR) are rendered once and served many times, so a per-request nonce cannot work
//   (and a nonce made in the proxy would make Next.js render them per request). The cache handler hashes the inline
//   scripts of the HTML it is given and stores the policy with the page: each page carries the hashes of exactly its
//   own scripts, and the page cache keeps working.
// - Pages rendered per request (the explorer, the admin, the catch-all 404) get a fresh nonce from the proxy, which
//   Next.js puts on its scripts. A page the explorer's own cache replays keeps the policy of its render (its nonce
//   is in that HTML): the nonce is fixed once the content is, and any change of content (an edit, another query)
//   is a new render with a new nonce, so nothing injected can know it in advance.
// Styles: KaTeX and React write style attributes, so style-src allows inline styles (no scripts can come of them).
// Everything else comes from the app's own origin: scripts, the lab's Web Worker, KaTeX's fonts, images.
import { createHash } from "node:crypto";

/** The policy for a page whose scripts are allowed by `scriptSources` ("'nonce-…'" or "'sha256-…'" entries). */
export function contentSecurityPolicy(scriptSources, options = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
// Script types a browser runs; anything else (application/ld+json, …) is a data block that CSP does not govern.
const EXECUTABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The CSP hash sources ('sha256-…') of the inline scripts a browser would run in this HTML, in order, unique. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes, body] = match;
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    const type = (TYPE_ATTRIBUTE.exec(attributes)?.[1] ?? "").toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Whether the public base URL is https (then HSTS and upgrade-insecure-requests apply). */
export function isHttpsAppUrl(appUrl) {
  return typeof appUrl === "string" && /^https:\/\//i.test(appUrl.trim());
}

export const HSTS_VALUE = "max-age=31536000";

/**
 * Cache-Control for a page from the page cache: a short shared lifetime, so a CDN serves an edited, unpublished or
 * deleted entry for at most a minute (plus a minute while it revalidates), never Next.js's default of a year; and
 * no-store for 404s and errors, which must not be kept at all.
 */
export function pageCacheControl(status) {
  if (status !== undefined && status !== 200) return "no-store";
  return "public, max-age=0, s-maxage=60, stale-while-revalidate=60";
}

/**
 * Adds the security and caching headers to a page-cache value (APP_PAGE: { html, headers, status, … }) before it is
 * stored. Next.js sends a cached value's headers with it, and keeps a Cache-Control it finds already set, so these
 * apply to the first answer as well as to every answer from the cache.
 */
export function decoratePageValue(value, env = process.env) {
  if (!value || typeof value !== "object" || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  const https = isHttpsAppUrl(env.APP_URL);
  const headers = { ...(value.headers ?? {}) };
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower === "content-security-policy" || lower === "cache-control") delete headers[name];
  }
  headers["content-security-policy"] = contentSecurityPolicy(inlineScriptHashes(value.html), { https });
  headers["cache-control"] = pageCacheControl(value.status);
  value.headers = headers;
  return value;
}

/**
 * The headers every response carries (next.config.mjs `headers()`, for every path), and the request lane
 * (lib/server/page-store-lane.ts) sends with the API answers it gives itself.
 */
export const EVERY_RESPONSE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
