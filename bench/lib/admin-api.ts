// A client of the admin JSON write path (app/api/admin/entries) for the crash test and the load benchmark: an
// editor account, a signed-in session, writers that save edits in a loop, and the check that every acknowledged
// save is in the database afterwards.
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const ROOT = path.resolve(__dirname, "..", "..");

/** Creates an editor (or, with role "admin", an admin) with the same code path as `npm run admin:create`. */
export function createEditor(databaseUrl: string, email: string, password: string, role: "editor" | "admin" = "editor"): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "admin-create.mjs"), "--email", email, "--role", role, "--name", "Writer"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: password, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
}

/** Signs in through the sign-in endpoint; returns the Cookie header for later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl.replace("127.0.0.1", "localhost") },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair !== "" && !pair.endsWith("="))
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error("sign-in set no session cookie");
  return cookie;
}

/** One save the server acknowledged with a 2xx: this version of this entry must hold this summary. */
export interface Ack {
  type: string;
  id: number;
  version: number;
  summaryEn: string;
}

export interface WriterStats {
  acks: Ack[];
  conflicts: number;
  /** Non-2xx responses other than conflicts, by status. */
  failures: Record<string, number>;
  /** Requests that got no response at all (connection refused or reset). */
  networkErrors: number;
  latenciesMs: number[];
}

export interface WriterOptions {
  baseUrl: string;
  cookie: string;
  /** Admin URL segment, e.g. "use-cases". */
  segment: string;
  id: number;
  label: string;
  /** Stop when this returns true (checked before each save). */
  stop: () => boolean;
  /** Stop at the first request without a response (the crash test: the server is gone). */
  stopOnNetworkError?: boolean;
  onAck?: (ack: Ack) => void;
}

/** Saves one entry over and over, each save from the version the previous one returned (a conflict reloads it). */
export async function runWriter(options: WriterOptions): Promise<WriterStats> {
  const stats: WriterStats = { acks: [], conflicts: 0, failures: {}, networkErrors: 0, latenciesMs: [] };
  const entryUrl = `${options.baseUrl}/api/admin/entries/${options.segment}/${options.id}`;
  const headers = { cookie: options.cookie, "content-type": "application/json" };
  const loaded = await fetch(entryUrl, { headers });
  if (loaded.status !== 200) throw new Error(`GET ${entryUrl}: ${loaded.status}`);
  const entry = (await loaded.json()) as { type: string; version: number; values: Record<string, unknown> };
  let version = entry.version;
  for (let n = 1; !options.stop(); n += 1) {
    const summaryEn = `${options.label} save ${n}`;
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(entryUrl, { method: "PUT", headers, body: JSON.stringify({ version, values: { ...entry.values, summaryEn } }) });
    } catch {
      stats.networkErrors += 1;
      if (options.stopOnNetworkError) break;
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    // The body is part of the acknowledgement: a status line whose body never arrives (the server killed between
    // writing the headers and the body) acknowledged nothing, so it counts as a request without a response, as a
    // refused connection does. (Counting it as a failed "200" made the crash spec fail now and then.)
    let text: string;
    try {
      text = await response.text();
    } catch {
      stats.networkErrors += 1;
      if (options.stopOnNetworkError) break;
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    stats.latenciesMs.push(performance.now() - started);
    const body = parseJson(text) as { version?: number; error?: { current?: { version?: number } } };
    if (response.ok && typeof body.version === "number") {
      const ack = { type: entry.type, id: options.id, version: body.version, summaryEn };
      stats.acks.push(ack);
      options.onAck?.(ack);
      version = body.version;
    } else if (response.status === 409) {
      stats.conflicts += 1;
      version = body.error?.current?.version ?? version;
    } else {
      stats.failures[String(response.status)] = (stats.failures[String(response.status)] ?? 0) + 1;
      // A server that fails (its database down, say) is not hammered in a tight loop.
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return stats;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

export interface StoredRevision {
  version: number;
  action: string;
  summaryEn: string | null;
}

/** Every revision of one entry, read straight from the database (no app, no Prisma client: either provider). */
export async function readRevisions(databaseUrl: string, type: string, id: number): Promise<StoredRevision[]> {
  const sql = `select "version", "action", "snapshot" from "Revision" where "entityType" = $1 and "entityId" = $2 order by "version"`;
  let rows: Array<{ version: number; action: string; snapshot: string }>;
  if (/^postgres/i.test(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      rows = (await client.query<{ version: number; action: string; snapshot: string }>(sql, [type, id])).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(sqliteFile(databaseUrl), { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      rows = db.prepare(sql.replace(/\$\d/g, "?")).all(type, id) as typeof rows;
    } finally {
      db.close();
    }
  }
  return rows.map((r) => {
    const snapshot = JSON.parse(r.snapshot) as { summaryEn?: unknown };
    return { version: Number(r.version), action: r.action, summaryEn: typeof snapshot.summaryEn === "string" ? snapshot.summaryEn : null };
  });
}

export function sqliteFile(databaseUrl: string): string {
  const p = databaseUrl.replace(/^file:/i, "").replace(/\?.*$/, "");
  return path.isAbsolute(p) ? p : path.resolve(ROOT, p);
}

/** The acknowledged saves that the database does not hold (a revision of that version with that summary). */
export async function lostWrites(databaseUrl: string, acks: Ack[]): Promise<Ack[]> {
  const lost: Ack[] = [];
  const byEntry = new Map<string, Ack[]>();
  for (const ack of acks) byEntry.set(`${ack.type}:${ack.id}`, [...(byEntry.get(`${ack.type}:${ack.id}`) ?? []), ack]);
  for (const list of byEntry.values()) {
    const first = list[0] as Ack;
    const revisions = await readRevisions(databaseUrl, first.type, first.id);
    const stored = new Map(revisions.map((r) => [r.version, r.summaryEn]));
    for (const ack of list) if (stored.get(ack.version) !== ack.summaryEn) lost.push(ack);
  }
  return lost;
}

/** Ids of published use cases by slug, read straight from the database. */
export async function idsOfUseCases(databaseUrl: string, slugs: string[]): Promise<number[]> {
  const sql = `select "id", "slug" from "UseCase" where "slug" = any($1)`;
  let rows: Array<{ id: number; slug: string }>;
  if (/^postgres/i.test(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      rows = (await client.query<{ id: number; slug: string }>(sql, [slugs])).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(sqliteFile(databaseUrl), { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      rows = db.prepare(`select id, slug from "UseCase" where slug in (${slugs.map(() => "?").join(",")})`).all(...slugs) as typeof rows;
    } finally {
      db.close();
    }
  }
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new Error(`use case ${slug} not found`);
    return Number(row.id);
  });
}
