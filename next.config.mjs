import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel work (and benchmarks) build without clobbering the main .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Only for throwaway local builds; `npm test` and `npm start` always type-check.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  experimental: { globalNotFound: true },
};

export default withNextIntl(nextConfig);
