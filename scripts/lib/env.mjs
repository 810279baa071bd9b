// Start-up environment: validated once, with a clear message for each bad value (DESIGN.md, "Environment").
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf } from "../../config/database.mjs";
import { parseReplicaUrls } from "../../lib/db/replicas-config.mjs";
import { appUrlWarning } from "./app-url-warning.mjs";
import { parseLogFormat, parseShutdownGraceMs } from "../../lib/server/runtime-config.mjs";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Validates and completes process.env for the app. Returns the resolved values. */
export function prepareEnv() {
  const errors = [];
  const url = databaseUrl();
  let provider = "sqlite";
  try {
    provider = providerOf(url);
  } catch (e) {
    errors.push(e.message);
  }

  const port = process.env.PORT ?? "3000";
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    errors.push(`PORT must be a number from 1 to 65535; got "${port}".`);
  }
  const hostname = process.env.HOSTNAME && process.env.HOSTNAME.trim() !== "" ? process.env.HOSTNAME : "0.0.0.0";

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  try {
    const u = new URL(appUrl);
    if (!/^https?:$/.test(u.protocol)) throw new Error("protocol");
  } catch {
    errors.push(`APP_URL must be an absolute http(s) URL, e.g. https://atlas.example.org; got "${appUrl}".`);
  }

  for (const origin of (process.env.TRUSTED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    try {
      new URL(origin);
    } catch {
      errors.push(`TRUSTED_ORIGINS holds "${origin}", which is not an absolute URL.`);
    }
  }
  errors.push(...parseReplicaUrls(process.env.DATABASE_REPLICA_URLS, url).errors);

  const hops = (process.env.TRUSTED_PROXY_HOPS ?? "0").trim() || "0";
  if (!/^\d{1,2}$/.test(hops) || Number(hops) > 10) {
    errors.push(`TRUSTED_PROXY_HOPS must be a whole number from 0 (no proxy) to 10; got "${process.env.TRUSTED_PROXY_HOPS}".`);
  }

  for (const parsed of [parseShutdownGraceMs(process.env.SHUTDOWN_GRACE_MS), parseLogFormat(process.env.LOG_FORMAT)]) {
    if (parsed.error) errors.push(parsed.error);
  }

  if (errors.length > 0) fail(`Configuration errors:\n  - ${errors.join("\n  - ")}`);

  const warning = appUrlWarning({ appUrl, hostname, port, proxyHops: Number(hops) });
  if (warning) console.warn(`\n⚠ ${warning}\n`);

  const secret = process.env.BETTER_AUTH_SECRET ?? readOrCreateSecret();
  Object.assign(process.env, {
    DATABASE_URL: url,
    PORT: port,
    APP_URL: appUrl.replace(/\/$/, ""),
    TRUSTED_PROXY_HOPS: hops,
    BETTER_AUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    // Where the server reaches itself (the explorer's page cache renders a missed page through it).
    INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN ?? `http://${loopbackHost(hostname)}:${port}`,
  });
  return { url, provider, port, hostname, appUrl };
}

/** A fresh machine works without configuration, and restarts keep sessions: the secret lives in a git-ignored file. */
function readOrCreateSecret() {
  const file = path.join(ROOT, "data", ".auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A host this machine can connect to for a server bound to `hostname` (a wildcard address means the loopback). */
function loopbackHost(hostname) {
  if (["0.0.0.0", "::", "[::]", ""].includes(hostname)) return "127.0.0.1";
  return hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
}

/**
 * Node.js flags for the server process. V8 sizes its heap from the machine's memory (4 GB on a 24 GB machine) and,
 * under load, lets the server grow to ~400 MB before collecting; a 512 MB old-space limit keeps it near 230 MB under
 * the same load (bench:throughput) with ample room above every cache's bound. The young generation's semi-spaces
 * are held to 8 MB (V8's default here is 16 MB: 32 MB for the two, committed once a busy server has used them): in a
 * scratch run of 50 clients loading distinct explorer queries the young generation's committed size went from 32 to
 * 16 MB at the peak (issue 18; the whole peak RSS moved less than that, within the run's noise). NODE_OPTIONS with its own
 * --max-old-space-size or --max-semi-space-size (either spelling, - or _) wins for that flag.
 */
export function serverNodeArgs(nodeOptions = process.env.NODE_OPTIONS ?? "") {
  return [
    ...(/--max[-_]old[-_]space[-_]size/.test(nodeOptions) ? [] : ["--max-old-space-size=512"]),
    ...(/--max[-_]semi[-_]space[-_]size/.test(nodeOptions) ? [] : ["--max-semi-space-size=8"]),
  ];
}
