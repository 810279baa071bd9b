import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runWriter } from "./admin-api";

// A server that loads the entry, then answers the first save with a 200 status line whose body it never finishes:
// what the crash spec's writers see when the app is SIGKILLed between the headers and the body of a response.
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("runWriter", () => {
  it("counts a 2xx whose body is cut as a request without a response, not as an acknowledged or failed save", async () => {
    const baseUrl = await listen((req, res) => {
      if (req.method === "GET") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ type: "use-case", version: 3, values: { summaryEn: "x" } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"versi');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const stats = await runWriter({ baseUrl, cookie: "", segment: "use-cases", id: 1, label: "t", stop: () => false, stopOnNetworkError: true });
    expect(stats).toMatchObject({ acks: [], failures: {}, networkErrors: 1, conflicts: 0 });
  });

  it("counts a 2xx without a version as a failure, and a complete 2xx as an acknowledgement", async () => {
    let saves = 0;
    const baseUrl = await listen((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      if (req.method === "GET") return res.end(JSON.stringify({ type: "use-case", version: 3, values: {} }));
      saves += 1;
      res.end(saves === 1 ? JSON.stringify({ version: 4 }) : "not json");
    });
    const stats = await runWriter({ baseUrl, cookie: "", segment: "use-cases", id: 7, label: "t", stop: () => saves >= 2 });
    expect(stats.acks).toEqual([{ type: "use-case", id: 7, version: 4, summaryEn: "t save 1" }]);
    expect(stats.failures).toEqual({ "200": 1 });
  });
});
