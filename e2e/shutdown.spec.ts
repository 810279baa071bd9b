// README: "on SIGTERM the server stops taking requests, finishes those in flight and exits 0" — through the process
// `npm start` runs (scripts/start.mjs, which a process manager signals), not `next start` directly.
// A burst of distinct OpenGraph images (each a real render, seconds of CPU in all on two cores) is in flight when
// SIGTERM arrives: every one must complete with a whole PNG, a new connection made during the drain must be
// refused, and the process must exit 0.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { startAppProcess, type AppProcess } from "../bench/lib/app-process";
import { bodyOf, heldSignIn } from "./held-request";
import { databaseNamed, freshPostgresDatabase, onPostgres } from "./process-support";

const PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70) + 1;
const DATABASE_URL = onPostgres ? databaseNamed("e2e_shutdown") : `file:./data/e2e-shutdown-${PORT}.db`;
const SLUGS = ["intelligent-tutoring-systems", "adaptive-learning-platforms", "disease-diagnosis", "drug-discovery", "medical-image-analysis", "risk-control", "quantitative-trading", "route-planning", "cargo-tracking", "intelligent-scheduling"];

type Outcome = { path: string; status: number; bytes: number; complete: boolean; at: number; error?: string };

/** One GET on a connection of its own (no keep-alive pool), with whether the body arrived whole. */
function get(port: number, path: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const length = Number(res.headers["content-length"] ?? body.length);
        resolve({ path, status: res.statusCode ?? 0, bytes: body.length, complete: res.complete && body.length === length, at: performance.now() });
      });
      res.on("error", (e) => resolve({ path, status: res.statusCode ?? 0, bytes: 0, complete: false, at: performance.now(), error: String(e) }));
    });
    req.on("error", (e) => resolve({ path, status: 0, bytes: 0, complete: false, at: performance.now(), error: String(e) }));
  });
}

/** Whether a new TCP connection to the port is refused right now. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (res) => {
      res.resume();
      resolve(false);
    });
    req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
  });
}

test("SIGTERM to npm start's process: requests in flight complete, new connections are refused, exit code 0", async () => {
  test.setTimeout(240_000);
  if (onPostgres) await freshPostgresDatabase(DATABASE_URL);
  let server: AppProcess | null = await startAppProcess({ port: PORT, databaseUrl: DATABASE_URL, mode: "npm-start", env: { HOSTNAME: "127.0.0.1" } });
  try {
    // One request the server cannot finish before the test sends the rest of its body: so "refused while requests
    // are in flight" holds whatever the speed of the renders (on a fast moment they all finished before the refusal).
    const upload = await heldSignIn(PORT);
    const paths = SLUGS.flatMap((slug) => [`/en/use-cases/${slug}/opengraph-image`, `/zh/use-cases/${slug}/opengraph-image`]);
    let first: () => void = () => undefined;
    const firstDone = new Promise<void>((resolve) => (first = resolve));
    let pending = paths.length;
    const burst = paths.map((p) =>
      get(PORT, p).then((o) => {
        pending -= 1;
        first();
        return o;
      }),
    );
    await firstDone;
    const signalAt = performance.now();
    const inFlightAtSignal = pending;
    server.signal("SIGTERM");

    // A new connection during the drain is refused (the listener is closed first).
    let refusedAt = Number.POSITIVE_INFINITY;
    let inFlightAtRefusal = -1;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const stillInFlight = pending;
      if (await refused(PORT)) {
        refusedAt = performance.now();
        inFlightAtRefusal = stillInFlight;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }

    const uploaded = await upload.finish();
    const outcomes = await Promise.all(burst);
    const exit = await server.exited;
    server = null;
    const lastAt = Math.max(...outcomes.map((o) => o.at));
    const figures =
      `${inFlightAtSignal} of ${paths.length} requests in flight at SIGTERM; a new connection was refused ` +
      `${(refusedAt - signalAt).toFixed(0)} ms after it, with ${inFlightAtRefusal} renders and one upload still in flight; ` +
      `the last in-flight request completed ${(lastAt - signalAt).toFixed(0)} ms after it; exit ${JSON.stringify(exit)}`;
    console.log(`[shutdown] ${figures}`);
    test.info().annotations.push({ type: "drain", description: figures });

    // The precondition: the signal really arrived with requests in flight.
    expect(inFlightAtSignal).toBeGreaterThan(0);
    for (const o of outcomes) {
      expect(o.error, o.path).toBeUndefined();
      expect(o.status, o.path).toBe(200);
      expect(o.complete, `${o.path}: whole body`).toBe(true);
      expect(o.bytes, o.path).toBeGreaterThan(15_000);
    }
    expect(Number.isFinite(refusedAt), "a new connection during the drain was refused").toBe(true);
    // The upload was in flight when the new connection was refused, and was then answered in full.
    expect(uploaded.head).toMatch(/^HTTP\/1\.1 401/);
    expect(JSON.parse(bodyOf(uploaded))).toHaveProperty("code");
    expect(exit).toEqual({ code: 0, signal: null });
  } finally {
    await server?.kill("SIGKILL");
  }
});
