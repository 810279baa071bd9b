import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.dirname(fileURLToPath(import.meta.url)),
      // As under Next.js's react-server condition: server code (the seed is an import through lib/editing) loads here.
      "server-only": path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules/server-only/empty.js"),
      // next-intl's middleware imports "next/server" as its bundler would (Next.js has no exports map for Node's ESM).
      "next/server": path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules/next/server.js"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // Through Vite's resolver (and the alias above) rather than Node's: next-intl's middleware (proxy tests).
    server: { deps: { inline: ["next-intl"] } },
    // Generous: database set-up shares two cores with builds and browsers in CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
