// Issue #21, "Signals" and "bounded drain" (DESIGN.md, "Scale-out"): `npm start` run the way a process manager runs it
// (its own process group; the signal goes to npm's PID only, as a container's PID 1 or systemd's main PID gets it):
// - SIGTERM: the requests in flight complete, readiness (`/api/health?ready=1`) answers 503 while they still are,
//   every keep-alive client gets at most one more answer (with `Connection: close`) and is then closed, the process
//   tree exits 0 having drained (not cut by the grace period), and nothing of it is left running;
// - SIGINT, with a client that holds a request half-sent: the drain is bounded, SHUTDOWN_GRACE_MS after the signal
//   the connection is cut and the tree exits 0, nothing left.
// The figures (time from the signal to exit, requests completed/refused) are printed for the closing note.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bodyOf, halfSent, heldSignIn } from "./held-request";
import { databaseNamed, freshPostgresDatabase, onPostgres } from "./process-support";

/** lib/server/graceful-shutdown.ts: during the drain a keep-alive socket without a request this long is closed. */
const IDLE_CLOSE_AFTER_MS = 1_000;

const BASE_PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70);
const ROOT = path.resolve(__dirname, "..");
// Distinct OpenGraph images: each a real render (CPU-bound), so a burst of 20 keeps the server busy for a while.
const SLUGS = ["intelligent-tutoring-systems", "adaptive-learning-platforms", "disease-diagnosis", "drug-discovery", "medical-image-analysis", "risk-control", "quantitative-trading", "route-planning", "cargo-tracking", "intelligent-scheduling"];

interface NpmStart {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function databaseFor(name: string, port: number): Promise<string> {
  if (onPostgres) {
    const url = databaseNamed(name);
    await freshPostgresDatabase(url);
    return url;
  }
  const file = path.join(ROOT, "data", `${name}-${port}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
  return `file:./data/${name}-${port}.db`;
}

/** `npm start` in a process group of its own (so the finally can take the whole tree down), until /api/health is 200. */
async function npmStart(port: number, databaseUrl: string, env: Record<string, string>): Promise<NpmStart> {
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: databaseUrl, APP_URL: `http://localhost:${port}`, ...env },
  });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString("utf8")));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`npm start did not become healthy:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, output: () => log, exited };
}

/** Every process in the group npm leads: pid and command line. */
function processGroup(pgid: number): Array<{ pid: number; cmd: string }> {
  const found: Array<{ pid: number; cmd: string }> = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid || fields[0] === "Z") continue;
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
      found.push({ pid: Number(entry), cmd });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The exit, or a clear failure when the tree has not exited this long after the signal (a lost signal, an unbounded drain). */
async function exitWithin(app: NpmStart, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`npm start had not exited ${ms} ms after the signal:\n${app.output().slice(-2000)}`)), ms);
  });
  try {
    return await Promise.race([app.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Whether a new TCP connection to the port is refused right now. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
  });
}

type Outcome = { status: number; complete: boolean; error?: string; at: number };

/** One GET on a connection of its own, with whether the body arrived whole. */
function get(port: number, urlPath: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const length = Number(res.headers["content-length"] ?? body.length);
        resolve({ status: res.statusCode ?? 0, complete: res.complete && body.length === length, at: performance.now() });
      });
      res.on("error", (e) => resolve({ status: res.statusCode ?? 0, complete: false, error: String(e), at: performance.now() }));
    });
    req.on("error", (e) => resolve({ status: 0, complete: false, error: String(e), at: performance.now() }));
  });
}

interface KeepAliveClient {
  /** Answers: when the request was sent, status, the Connection header. */
  answers: Array<{ sentAt: number; answeredAt: number; status: number; connection: string | undefined }>;
  /** When the request that could not be made was sent. */
  failedSentAt?: number;
  /** How the loop ended: the error of the request that could not be made. */
  ended: Promise<string>;
  /** When the server closed each of this client's sockets. */
  socketClosedAt: number[];
  stop: () => void;
}

/** A client that keeps one keep-alive connection busy with back-to-back requests until a request fails. */
function keepAliveClient(port: number, urlPath: string): KeepAliveClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const client: KeepAliveClient = { answers: [], socketClosedAt: [], ended: Promise.resolve(""), stop: () => (stopped = true) };
  let stopped = false;
  const seen = new WeakSet<net.Socket>();
  client.ended = new Promise<string>((resolve) => {
    const next = () => {
      if (stopped) return resolve("stopped");
      const sentAt = performance.now();
      const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent }, (res) => {
        res.resume();
        res.on("end", () => {
          client.answers.push({ sentAt, answeredAt: performance.now(), status: res.statusCode ?? 0, connection: res.headers.connection });
          setImmediate(next);
        });
        res.on("error", (e) => resolve(`response: ${String(e)}`));
      });
      req.on("socket", (socket: net.Socket) => {
        if (seen.has(socket)) return;
        seen.add(socket);
        socket.once("close", () => client.socketClosedAt.push(performance.now()));
      });
      req.on("error", (e: NodeJS.ErrnoException) => {
        client.failedSentAt = sentAt;
        resolve(e.code ?? String(e));
      });
    };
    next();
  });
  client.ended.finally(() => agent.destroy());
  return client;
}

function jsonLines(output: string): Array<Record<string, unknown>> {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

function expectNothingLeft(pgid: number, before: Array<{ pid: number; cmd: string }>): void {
  const left = processGroup(pgid);
  expect(left, `processes of npm start's group still running: ${JSON.stringify(left)}`).toEqual([]);
  for (const p of before) {
    let alive = true;
    try {
      process.kill(p.pid, 0);
    } catch {
      alive = false;
    }
    expect(alive, `${p.pid} ${p.cmd} is still running`).toBe(false);
  }
}

test("SIGTERM to npm start's PID: in-flight requests complete, readiness 503 at once, keep-alive clients closed, exit 0, no orphan", async () => {
  test.setTimeout(300_000);
  const port = BASE_PORT + 11;
  const databaseUrl = await databaseFor("e2e_drain_term", port);
  const app = await npmStart(port, databaseUrl, { LOG_FORMAT: "json", SHUTDOWN_GRACE_MS: "60000" });
  const pgid = app.child.pid as number;
  try {
    // The tree a process manager sees: npm, then start.mjs in place of npm's shell (the script `exec`s), then Next.js.
    const tree = processGroup(pgid);
    expect(tree.some((p) => /scripts\/start\.mjs/.test(p.cmd)), JSON.stringify(tree)).toBe(true);
    expect(tree.some((p) => /next-server|next.+ start/.test(p.cmd)), JSON.stringify(tree)).toBe(true);
    expect(tree.some((p) => /^(\/bin\/)?sh -c/.test(p.cmd)), `no shell between npm and start.mjs: ${JSON.stringify(tree)}`).toBe(false);

    // Warm the cached page the keep-alive clients read.
    expect((await get(port, "/en")).status).toBe(200);
    const readiness = await halfSent(port, `GET /api/health?ready=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    // A sign-in whose body is still being uploaded: in flight on the server until the test sends the rest.
    const upload = await heldSignIn(port);
    const clients = Array.from({ length: 10 }, () => keepAliveClient(port, "/en"));
    while (clients.some((c) => c.answers.length < 3)) await new Promise((r) => setTimeout(r, 20));

    const paths = SLUGS.flatMap((slug) => [`/en/use-cases/${slug}/opengraph-image`, `/zh/use-cases/${slug}/opengraph-image`]);
    let pending = paths.length;
    let firstDone: () => void = () => undefined;
    const first = new Promise<void>((r) => (firstDone = r));
    const burst = paths.map((p) =>
      get(port, p).then((o) => {
        pending -= 1;
        firstDone();
        return o;
      }),
    );
    await first;
    const inFlightAtSignal = pending;
    const signalAt = performance.now();
    process.kill(pgid, "SIGTERM"); // npm's PID only, not the group

    // Shutdown has begun once a new connection is refused.
    let refusedAt = Number.POSITIVE_INFINITY;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (await refused(port)) {
        refusedAt = performance.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const inFlightAtRefusal = pending;
    // The readiness check a balancer has on an open connection: 503 while requests are still in flight (the upload).
    const ready = await readiness.finish("Accept: application/json\r\n\r\n");
    const inFlightAtReadiness = pending;
    const uploaded = await upload.finish();

    const outcomes = await Promise.all(burst);
    const exit = await exitWithin(app, 90_000);
    const ends = await Promise.all(clients.map((c) => c.ended));
    const events = jsonLines(app.output());
    const complete = events.find((e) => e.msg === "shutdown complete");
    const answersAfter = clients.map((c) => c.answers.filter((a) => a.sentAt > signalAt).length);
    const figures =
      `SIGTERM to npm (pid ${pgid}): ${inFlightAtSignal} of ${paths.length} OpenGraph renders not yet received by the client; a new connection refused ` +
      `${(refusedAt - signalAt).toFixed(0)} ms after the signal (${inFlightAtRefusal} renders in flight); readiness ${ready.head.split("\r\n")[0]} with ${inFlightAtReadiness} renders and one upload still in flight; ` +
      `the upload then answered ${uploaded.head.split("\r\n")[0]}; ` +
      `last render done ${(Math.max(...outcomes.map((o) => o.at)) - signalAt).toFixed(0)} ms after it (${outcomes.filter((o) => o.status === 200 && o.complete).length} completed); ` +
      `10 keep-alive clients answered ${answersAfter.reduce((a, b) => a + b, 0)} requests sent after the signal (${JSON.stringify(answersAfter)}), then ended with ${JSON.stringify([...new Set(ends)])}; ` +
      `exit ${JSON.stringify({ code: exit.code, signal: exit.signal })} ${(exit.at - signalAt).toFixed(0)} ms after the signal; server: ${JSON.stringify(complete)}`;
    console.log(`[drain] ${figures}`);
    test.info().annotations.push({ type: "drain", description: figures });

    // Requests were in flight at the signal as the server saw them (the upload, at least).
    expect(Number(events.find((e) => e.msg === "shutdown started")?.inFlight)).toBeGreaterThan(0);
    for (const o of outcomes) {
      expect(o.error).toBeUndefined();
      expect(o.status).toBe(200);
      expect(o.complete).toBe(true);
    }
    expect(Number.isFinite(refusedAt), "new connections are refused during the drain").toBe(true);
    expect(ready.head).toMatch(/^HTTP\/1\.1 503/);
    expect(ready.head).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(bodyOf(ready))).toMatchObject({ ready: false, shuttingDown: true, signal: "SIGTERM" });
    expect(ready.closed, "the readiness connection was closed after its answer").toBe(true);
    // The upload in flight since before the signal (and still, when readiness answered) was answered in full.
    expect(uploaded.head).toMatch(/^HTTP\/1\.1 401/);
    expect(uploaded.head).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(bodyOf(uploaded))).toHaveProperty("code");
    expect(uploaded.closed).toBe(true);
    for (const [i, c] of clients.entries()) {
      // After the shutdown had surely begun, a keep-alive connection answers at most once more, with Connection: close.
      const afterRefusal = c.answers.filter((a) => a.sentAt > refusedAt);
      expect(afterRefusal.length, `client ${i}`).toBeLessThanOrEqual(1);
      for (const a of afterRefusal) expect(a.connection, `client ${i}`).toBe("close");
      expect(c.answers.every((a) => a.status === 200), `client ${i}`).toBe(true);
      // It was closed by the server, not reset mid-request: its next request found the port closed. The one exception
      // is keep-alive's own race: a client that stalled (a loaded machine) and left its socket idle for the server's
      // idle close sends into it just as it closes; that reset must then follow at least that much idle time.
      if (ends[i] === "ECONNRESET") {
        const lastAnswer = c.answers.at(-1)?.answeredAt ?? 0;
        expect((c.failedSentAt ?? 0) - lastAnswer, `client ${i}: reset without having idled ${IDLE_CLOSE_AFTER_MS} ms`).toBeGreaterThanOrEqual(IDLE_CLOSE_AFTER_MS - 50);
      } else {
        expect(ends[i], `client ${i}`).toBe("ECONNREFUSED");
      }
      expect(c.socketClosedAt.length, `client ${i}`).toBeGreaterThan(0);
      expect(Math.max(...c.socketClosedAt)).toBeLessThan(exit.at);
    }
    expect(complete, "the server logged its shutdown as a JSON line").toBeDefined();
    expect(complete).toMatchObject({ level: "info", how: "drained", cut: 0 });
    expect(events.find((e) => e.msg === "shutdown started")).toMatchObject({ signal: "SIGTERM", graceMs: 60000 });
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expectNothingLeft(pgid, tree);
    expect(await refused(port)).toBe(true);
  } finally {
    killGroup(pgid);
  }
});

test("SIGINT to npm start's PID: a request held open is cut after SHUTDOWN_GRACE_MS, exit 0, no orphan", async () => {
  test.setTimeout(300_000);
  const port = BASE_PORT + 12;
  const databaseUrl = await databaseFor("e2e_drain_int", port);
  const app = await npmStart(port, databaseUrl, { SHUTDOWN_GRACE_MS: "3000" });
  const pgid = app.child.pid as number;
  try {
    const tree = processGroup(pgid);
    // A client that never finishes its request: without a bound the server would wait for it (up to Node's 60 s
    // headers timeout, or forever with a slow body).
    const held = await halfSent(port, `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    let heldClosedAt = Number.POSITIVE_INFINITY;
    held.socket.once("close", () => (heldClosedAt = performance.now()));
    const signalAt = performance.now();
    process.kill(pgid, "SIGINT");
    const exit = await exitWithin(app, 30_000);
    const output = app.output();
    const complete = output.split("\n").find((l) => / shutdown complete /.test(l)) ?? "";
    const figures =
      `SIGINT to npm (pid ${pgid}) with SHUTDOWN_GRACE_MS=3000 and one request held open: exit ${JSON.stringify({ code: exit.code, signal: exit.signal })} ` +
      `${(exit.at - signalAt).toFixed(0)} ms after the signal; the held connection was closed ${(heldClosedAt - signalAt).toFixed(0)} ms after it; server: ${complete}`;
    console.log(`[drain] ${figures}`);
    test.info().annotations.push({ type: "drain", description: figures });

    // Text logs (no LOG_FORMAT): one line, key=value.
    expect(complete).toMatch(/WARN shutdown complete how="grace period over" /);
    expect(Number.isFinite(heldClosedAt), "the held connection was closed by the server").toBe(true);
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expectNothingLeft(pgid, tree);
  } finally {
    killGroup(pgid);
  }
});
