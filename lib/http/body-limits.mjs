// Next.js's proxy buffers request bodies and cuts them at this size without telling the route (it only logs a
// warning), so a route whose own limit is at or above it would read a cut body as a complete one. Every body limit
// of the app stays below it (body-limits.test.ts); next.config.mjs sets it explicitly.
export const PROXY_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
