import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { createUser, E2E_PORT, idOf, signInQuickly, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Issue #16 on the admin side: out-of-range audit dates, import bodies over the limit with or without a declared
// length, the import's entry limit, and the admin pages under the Content-Security-Policy, never stored by caches.

test.describe.configure({ timeout: 180_000 });

const admin = uniqueEmail("limits-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** POSTs `total` bytes (the prefix, then spaces) with Transfer-Encoding: chunked and no Content-Length. */
function postChunked(path: string, cookie: string, prefix: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        path,
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: `http://localhost:${E2E_PORT}`, "transfer-encoding": "chunked", "x-forwarded-for": uniqueIp() },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may answer (413) before the whole body is sent, and close: that is the point.
    req.on("error", (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, " ");
    req.write(prefix);
    let sent = Buffer.byteLength(prefix);
    const pump = () => {
      while (sent < total) {
        const piece = sent + chunk.length <= total ? chunk : chunk.subarray(0, total - sent);
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test("an import body over the limit gets 413 whether or not it declares its length", async ({ page }) => {
  await signInQuickly(page, admin);
  const exported = await page.request.get("/api/admin/export");
  expect(exported.status()).toBe(200);
  const catalog = await exported.text();
  const cookie = await cookieHeader(page);
  // A valid catalog followed by spaces: still valid JSON if the server only reads a prefix of it.
  for (const total of [5 * 1024 * 1024, 11 * 1024 * 1024]) {
    const chunked = await postChunked("/api/admin/import?mode=dry-run", cookie, catalog, total);
    expect(chunked.status, `${total} bytes, chunked`).toBe(413);
  }
  const declared = await page.request.post("/api/admin/import?mode=dry-run", { data: catalog + " ".repeat(5 * 1024 * 1024), headers: { "content-type": "application/json" } });
  expect(declared.status()).toBe(413);
  // The file itself is fine.
  const ok = await page.request.post("/api/admin/import?mode=dry-run", { data: catalog, headers: { "content-type": "application/json" } });
  expect(ok.status()).toBe(200);
});

test("an import with more entries than one transaction may hold is refused by the dry run", async ({ page }) => {
  await signInQuickly(page, admin);
  const catalog = (await (await page.request.get("/api/admin/export")).json()) as { faqs: Array<Record<string, unknown>> };
  const base = catalog.faqs[0]!;
  for (let i = 0; i < 1_500; i++) catalog.faqs.push({ ...base, slug: `zz-generated-${String(i).padStart(4, "0")}` });
  const res = await page.request.post("/api/admin/import?mode=dry-run", { data: JSON.stringify(catalog), headers: { "content-type": "application/json" } });
  expect(res.status()).toBe(422);
  const report = (await res.json()) as { ok: boolean; issues: Array<{ code: string }> };
  expect(report.ok).toBe(false);
  expect(report.issues.map((i) => i.code)).toContain("tooManyItems:1500");
});

test("the audit log takes any date in its filter without failing", async ({ page }) => {
  await signInQuickly(page, admin);
  for (const q of ["to=9999-12-31", "from=9999-12-31", "from=0001-01-01&to=9999-12-31", "from=0000-01-01", "to=2026-02-31", "to=10000-01-01", "from=1969-12-31&to=1970-01-01"]) {
    const res = await page.goto(`/en/admin/audit?${q}`);
    expect(res?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  }
});

test("admin pages carry a nonce policy, are never stored, and report no CSP violation", async ({ page }) => {
  await signInQuickly(page, admin);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  const paths = [
    "/en/admin",
    "/zh/admin",
    "/en/admin/use-cases",
    `/en/admin/use-cases/${await idOf("UseCase", "route-planning")}`,
    `/en/admin/use-cases/${await idOf("UseCase", "route-planning")}/history`,
    `/en/admin/use-cases/${await idOf("UseCase", "route-planning")}/preview`,
    `/en/admin/techniques/${await idOf("Technique", "sigmoid")}`,
    "/en/admin/notes/new",
    "/en/admin/trash",
    "/en/admin/users",
    "/en/admin/audit",
    "/en/admin/import-export",
  ];
  const nonces = new Set<string>();
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const headers = res!.headers();
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce, `${path}: nonce policy`).toBeTruthy();
    nonces.add(nonce!);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    // Hydrated: the router is there and the page's controls work.
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { message: path }).toBe("object");
  }
  expect(nonces.size).toBe(paths.length); // a fresh nonce per response
  // A client-side interaction under the policy: the editor's language tabs or the preview link.
  await page.goto("/en/admin/use-cases");
  await page.getByRole("link", { name: /New use case|New/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/use-cases\/new$/);
  expect(violations).toEqual([]);
});
