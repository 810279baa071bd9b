// Issue 16, items 5 and 7: malformed, oversized and cross-site server-action requests get a 4xx from the proxy's
// screen (lib/security/action-screen.ts) before React decodes them; before, each of these answered 500 without a
// session. Action IDs are public: the real ones are read from the built client chunks, and a made-up one is sent too.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const DIST = process.env.NEXT_DIST_DIR || ".next";

function actionIds(): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js")) {
        for (const m of fs.readFileSync(full, "utf8").matchAll(/createServerReference\)?\("([0-9a-f]{40,})"/g)) ids.add(m[1] as string);
      }
    }
  };
  walk(path.join(DIST, "static"));
  return [...ids];
}

interface Case {
  name: string;
  status: number;
  headers: Record<string, string>;
  body: string | Blob;
}

function cases(origin: string): Case[] {
  const text = { "content-type": "text/plain;charset=UTF-8", origin };
  const multipart = (boundary: string) => ({ "content-type": `multipart/form-data; boundary=${boundary}`, origin });
  const part = (boundary: string, name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return [
    { name: "non-JSON body", status: 400, headers: text, body: "this is not json {" },
    { name: "invalid UTF-8", status: 400, headers: text, body: new Blob([new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])]) },
    { name: "5,000-deep nesting", status: 400, headers: text, body: "[".repeat(5000) + "]".repeat(5000) },
    { name: "$Q reference", status: 400, headers: text, body: JSON.stringify(["$Q1"]) },
    { name: "$B reference", status: 400, headers: text, body: JSON.stringify(["$B1"]) },
    { name: "$W and $@ references", status: 400, headers: text, body: JSON.stringify([{ a: "$W2", b: "$@3" }]) },
    { name: "outlined model reference", status: 400, headers: text, body: JSON.stringify(["$7"]) },
    { name: "server reference", status: 400, headers: text, body: JSON.stringify(["$h1"]) },
    { name: "bad BigInt", status: 400, headers: text, body: JSON.stringify(["$nNaNNaN"]) },
    { name: "broken multipart (no closing boundary)", status: 400, headers: multipart("XyZ"), body: `--XyZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]` },
    { name: "multipart with a wrong boundary", status: 400, headers: multipart("nope"), body: part("XyZ", "0", "[]") + "--XyZ--\r\n" },
    { name: "multipart $B to a text part", status: 400, headers: multipart("XyZ"), body: part("XyZ", "0", JSON.stringify(["$B1"])) + part("XyZ", "1", "text") + "--XyZ--\r\n" },
    { name: "multipart $Q to a missing part", status: 400, headers: multipart("XyZ"), body: part("XyZ", "0", JSON.stringify(["$Q5"])) + "--XyZ--\r\n" },
    { name: "multipart root not JSON", status: 400, headers: multipart("XyZ"), body: part("XyZ", "0", "{oops") + "--XyZ--\r\n" },
    { name: "Origin: null", status: 403, headers: { ...text, origin: "null" }, body: "[]" },
    { name: "foreign Origin", status: 403, headers: { ...text, origin: "https://evil.example" }, body: "[]" },
    { name: "foreign Origin with a matching X-Forwarded-Host", status: 403, headers: { ...text, origin: "https://evil.example", "x-forwarded-host": "evil.example" }, body: "[]" },
    { name: "no Origin, Sec-Fetch-Site: cross-site", status: 403, headers: { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "cross-site" }, body: "[]" },
    { name: "no Origin, Sec-Fetch-Site: same-site", status: 403, headers: { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-site" }, body: "[]" },
    { name: "JSON content type", status: 415, headers: { ...text, "content-type": "application/json" }, body: "[]" },
    { name: "XML content type", status: 415, headers: { ...text, "content-type": "application/xml" }, body: "<a/>" },
    { name: "body over 1 MB", status: 413, headers: text, body: JSON.stringify(["x".repeat(1024 * 1024 + 10)]) },
  ];
}

test.describe("server-action requests that React cannot decode get a 4xx", () => {
  test.describe.configure({ timeout: 300_000 });

  test("every malformed or cross-site request, for every action ID and a made-up one, on two pages", async ({ baseURL }) => {
    const base = baseURL as string;
    const ids = actionIds();
    expect(ids.length, "action IDs found in the client chunks").toBeGreaterThan(0);
    let count = 0;
    for (const id of [...ids, "00" + "ab".repeat(20)]) {
      for (const target of ["/en/admin", "/zh"]) {
        for (const c of cases(base)) {
          const response = await fetch(`${base}${target}`, { method: "POST", headers: { ...c.headers, "next-action": id }, body: c.body });
          const text = await response.text();
          expect(response.status, `${c.name} → ${target} (${id.slice(0, 8)}): ${text.slice(0, 200)}`).toBe(c.status);
          expect(text.length, c.name).toBeGreaterThan(10); // a message that says why
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(100);
  });

  test("a body without Content-Length (chunked) is refused with 411, and a form post without script is screened too", async ({ baseURL }) => {
    const base = baseURL as string;
    const [id] = actionIds();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("[]"));
        controller.close();
      },
    });
    const chunked = await fetch(`${base}/en/admin`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin: base, "next-action": id as string },
      body: stream,
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    expect(chunked.status).toBe(411);

    const noScript = await fetch(`${base}/en/admin`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XyZ", origin: base },
      body: `--XyZ\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n`,
    });
    expect(noScript.status).toBe(400);
    const crossSite = await fetch(`${base}/en/admin`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }, body: "a=1" });
    expect(crossSite.status).toBe(403);
  });

  test("a well-formed action request from this site still reaches the action (and its guard)", async ({ baseURL }) => {
    const base = baseURL as string;
    // The users page's actions, posted to the users page: the screen lets them through and the guard answers.
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { workers: Record<string, unknown> }> };
    const ids = Object.entries(manifest.node).filter(([, v]) => Object.keys(v.workers).some((w) => w.endsWith("/admin/(panel)/users/page"))).map(([id]) => id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const response = await fetch(`${base}/en/admin/users`, { method: "POST", headers: { "content-type": "text/plain;charset=UTF-8", origin: base, "next-action": id }, body: "[]" });
      const text = await response.text(); // read to the end: an unread streamed answer would be cut off when the test ends
      expect(response.status, id).toBe(200);
      // The action ran (and refused without a session, or redirected): a React answer, not the screen's message.
      expect(text.slice(0, 200), id).toMatch(/^\d+:/);
    }
  });
});
