// The server log installed on a real http.Server (as instrumentation.ts installs it in Next.js's): request ids, one
// JSON line per failed request with its route and code, a stack once per distinct error per minute.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const lines: string[] = [];
const capture = (...args: unknown[]) => lines.push(args.map(String).join(" "));
console.log = capture;
console.info = capture;
console.warn = capture;
console.error = capture;
console.debug = capture;

const { installServerLog, noteRequestError } = await import("./server-log");
installServerLog({ LOG_FORMAT: "json" });

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/fails") {
      // What instrumentation's onRequestError does for an error Next.js caught.
      const error = Object.assign(new Error("Can't reach database server at `db:5432`"), { code: "P1001" });
      noteRequestError(error, req.headers, "/[locale]/explore");
      res.statusCode = 500;
      res.end("Internal Server Error");
    } else if (url.pathname === "/not-found") {
      noteRequestError(Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" }), req.headers, "/[locale]/use-cases/[slug]");
      res.statusCode = 404;
      res.end("Not found");
    } else if (url.pathname === "/unavailable") {
      res.statusCode = 503;
      res.setHeader("Retry-After", "5");
      res.end("busy");
    } else {
      res.end(req.headers["x-request-id"] as string);
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

function events(): Array<Record<string, unknown>> {
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
}

describe("server log (LOG_FORMAT=json)", () => {
  it("gives every request an id, on the request and the response, keeping a proxy's plain one", async () => {
    const own = await fetch(`${base}/ok`);
    const id = own.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await own.text()).toBe(id);
    const proxied = await fetch(`${base}/ok`, { headers: { "X-Request-Id": "lb-7f3a9c21" } });
    expect(proxied.headers.get("x-request-id")).toBe("lb-7f3a9c21");
    expect((await fetch(`${base}/not-found`)).status).toBe(404);
    await settle();
    expect(lines, "a successful request, or a 404 from notFound(), logs nothing").toEqual([]);
  });

  it("logs one line per failed request, with its id, route and error code; the stack once per minute", async () => {
    lines.length = 0;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await fetch(`${base}/fails?q=${i}`)).headers.get("x-request-id") as string);
    await settle();
    const failed = events().filter((e) => e.msg === "request failed");
    expect(failed.map((e) => e.requestId)).toEqual(ids);
    for (const e of failed) {
      expect(e).toMatchObject({ level: "error", method: "GET", route: "/[locale]/explore", path: "/fails", status: 500, code: "P1001" });
      expect(e.stack).toBeUndefined();
    }
    const stacks = events().filter((e) => typeof e.stack === "string");
    expect(stacks).toHaveLength(1);
    expect(stacks[0]).toMatchObject({ level: "error", code: "P1001" });
    expect(String(stacks[0]?.stack)).toContain("server-log.integration.test.ts");
    expect(lines).toHaveLength(6);
  });

  it("logs a 5xx answered without an error (a 503) with the status as its code", async () => {
    lines.length = 0;
    const res = await fetch(`${base}/unavailable`);
    await settle();
    expect(events()).toEqual([expect.objectContaining({ msg: "request failed", requestId: res.headers.get("x-request-id"), status: 503, code: "HTTP_503", route: "/unavailable" })]);
  });

  it("routes console output: errors deduplicated (Next.js prints each failed request's error), JSON lines", () => {
    lines.length = 0;
    const make = (n: number) => new TypeError(`Cannot read properties of undefined (reading 'id${n}')`);
    for (let i = 0; i < 3; i++) console.error(" ⨯", make(i)); // one throw site, varying message: one error
    console.error(new RangeError("other"));
    console.log("plain %s", "text");
    const all = events();
    expect(all).toHaveLength(3);
    expect(all[0]).toMatchObject({ level: "error", msg: "⨯ TypeError: Cannot read properties of undefined (reading 'id0')", code: "TypeError" });
    expect(all[1]).toMatchObject({ level: "error", msg: "RangeError: other" });
    expect(all[2]).toMatchObject({ level: "info", msg: "plain text" });
    for (const l of lines) expect(l).not.toContain("\n");
  });
});
