// DATABASE_REPLICA_URLS (DESIGN.md, "Environment"): comma-separated PostgreSQL read replicas. Plain ESM, so that the
// start-up check (scripts/lib/env.mjs) and the app (lib/db/replicas.ts) read it the same way.

/** A URL with its password hidden, for error messages. @param {string} text */
function redact(text) {
  return text.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@").slice(0, 60);
}

/**
 * The replica URLs, or an error message per bad entry.
 * @param {string | undefined} value DATABASE_REPLICA_URLS
 * @param {string} primaryUrl DATABASE_URL
 * @returns {{ urls: string[]; errors: string[] }}
 */
export function parseReplicaUrls(value, primaryUrl) {
  const entries = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const errors = [];
  if (entries.length > 0 && !/^postgres(ql)?:\/\//i.test(primaryUrl)) {
    errors.push("DATABASE_REPLICA_URLS is set, but DATABASE_URL is not PostgreSQL: read replicas need a PostgreSQL primary.");
  }
  entries.forEach((entry, i) => {
    let ok = false;
    try {
      const u = new URL(entry);
      ok = /^postgres(ql)?:$/i.test(u.protocol) && u.hostname !== "";
    } catch {
      ok = false;
    }
    if (!ok) errors.push(`DATABASE_REPLICA_URLS entry ${i + 1} ("${redact(entry)}") is not a postgres:// or postgresql:// URL with a host.`);
  });
  return { urls: errors.length === 0 ? entries : [], errors };
}
