import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { PROXY_BODY_LIMIT_BYTES } from "./lib/http/body-limits.mjs";
import { EVERY_RESPONSE_HEADERS } from "./lib/http/security-headers.mjs";
import { NEXT_COMPRESS } from "./lib/server/next-compress.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Admin server actions: besides the request's own host, accept posts from APP_URL and TRUSTED_ORIGINS (proxies,
// several instances), the same origins the admin route handlers and better-auth trust.
const actionOrigins = [process.env.APP_URL, ...(process.env.TRUSTED_ORIGINS ?? "").split(",")]
  .map((s) => (s ?? "").trim())
  .filter(Boolean)
  .flatMap((s) => {
    try {
      return [new URL(s).host];
    } catch {
      return [];
    }
  });

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are cached in memory per catalog version (ISR; see the handler), so instances share nothing.
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // A separate build folder lets parallel work (and benchmarks) build without clobbering the main .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Only for throwaway local builds; `npm test` and `npm start` always type-check.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  reactStrictMode: true,
  poweredByHeader: false,
  // The request lane (lib/server/lane-send.ts) compresses its answers as Next.js does: both read this one constant.
  compress: NEXT_COMPRESS,
  // On every response, assets included. The Content-Security-Policy, HSTS and Cache-Control depend on the page and
  // are set by the proxy and the page cache handler (lib/http/).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: EVERY_RESPONSE_HEADERS,
      },
    ];
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  experimental: {
    globalNotFound: true,
    // 1 MB on purpose: the largest legitimate action is an entry save (two 50,000-character bodies, ~0.35 MB of
    // UTF-8 Chinese); larger requests get 413 and the editor keeps the input. Imports use /api/admin/import (10 MB).
    serverActions: { bodySizeLimit: "1mb", allowedOrigins: actionOrigins },
    // The proxy cuts bodies at this size; every route's own limit is below it, so a cut body is always too large.
    proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES,
  },
};

export default withNextIntl(nextConfig);
