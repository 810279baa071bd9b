import { expect, test, type APIResponse } from "@playwright/test";
import { HTML_ACCEPT, untilStoreHit } from "./page-store-support";

// The request lane (lib/server/page-store-lane.ts): a hit of the public page store or of the explorer's page cache is
// answered before Next.js's request handling, and must be the very answer the proxy gives the same hit. The lane
// leaves to the proxy a request whose locale-cookie decision is not known yet (an Accept-Language value next-intl has
// not answered): so the first request with a new Accept-Language is the proxy's answer and the second the lane's,
// and the two are compared whole (status, body, every header but Date, X-Request-Id and the cookie's expiry).

let languages = 0;

/** An Accept-Language value no other request has sent: next-intl's cookie decision for it is not remembered yet. */
function freshLanguage(): string {
  languages += 1;
  return `fr-CA,fr;q=0.${languages % 9 + 1},de;q=0.1,x-lane-${Date.now()}-${languages}`;
}

function comparable(response: APIResponse): Record<string, string> {
  const headers = { ...response.headers() };
  delete headers.date;
  delete headers["x-request-id"];
  if (headers["set-cookie"]) headers["set-cookie"] = headers["set-cookie"].replace(/; Expires=[^;]*/gi, "");
  return headers;
}

test.describe("the request lane", () => {
  for (const path of ["/zh/about", "/en/use-cases/medical-image-analysis", "/en/explore?technique=nlp&domain=finance&sort=title"]) {
    test(`answers a hit of ${path} exactly as the proxy does`, async ({ request }) => {
      await untilStoreHit(request, path, { "accept-language": "en" });
      const variants: Array<Record<string, string>> = [{}, { cookie: "NEXT_LOCALE=en; other=1" }, { "accept-encoding": "gzip, deflate, br" }];
      for (const extra of variants) {
        const language = freshLanguage();
        // cookie "" keeps the context's cookie jar out of it: each request carries only the cookies given here.
        const headers: Record<string, string> = { accept: HTML_ACCEPT, "accept-language": language, cookie: "", ...extra };
        // The proxy's answer (next-intl decides the cookie for this new Accept-Language), then the lane's. (The explorer's
        // proxy path asks next-intl itself every time; a stored page of its locale teaches the decision. With a
        // locale cookie no decision is to be learnt: both answers are the lane's, checked against each other.)
        const byProxy = await request.get(path, { headers });
        if (path.includes("/explore")) await request.get(`/${path.slice(1, 3)}/reference-page`, { headers });
        const byLane = await request.get(path, { headers });
        for (const response of [byProxy, byLane]) {
          expect(response.status()).toBe(200);
          expect(response.headers()["x-fusion-atlas-cache"]).toBe("HIT");
        }
        expect(comparable(byLane), JSON.stringify(extra)).toEqual(comparable(byProxy));
        expect(await byLane.text()).toBe(await byProxy.text());
        if ("accept-encoding" in extra) expect(byLane.headers()["content-encoding"]).toBe("gzip");
        if ("cookie" in extra) expect(byLane.headers()["set-cookie"] ?? "").toMatch(path.startsWith("/zh") ? /NEXT_LOCALE=zh/ : /^$/);
      }
      // HEAD, and If-None-Match naming the page's ETag (304), of a stored page: the proxy's answer, then the lane's.
      // (The explorer's page cache answers neither: HEAD goes to Next.js on both ways, and its pages carry no ETag.)
      if (path.includes("/explore")) return;
      const etag = (await untilStoreHit(request, path, { "accept-language": "en" })).headers().etag;
      expect(etag).toBeTruthy();
      const cases: Array<["GET" | "HEAD", Record<string, string>, number]> = [
        ["HEAD", {}, 200],
        ["GET", { "if-none-match": etag }, 304],
        ["HEAD", { "if-none-match": etag }, 304],
      ];
      for (const [method, extra, status] of cases) {
        const headers: Record<string, string> = { accept: HTML_ACCEPT, "accept-language": freshLanguage(), cookie: "", ...extra };
        const ask = () => (method === "HEAD" ? request.head(path, { headers }) : request.get(path, { headers }));
        const byProxy = await ask();
        const byLane = await ask();
        for (const response of [byProxy, byLane]) {
          expect(response.status(), `${method} ${JSON.stringify(extra)}`).toBe(status);
          expect(response.headers()["x-fusion-atlas-cache"]).toBe("HIT");
          expect(await response.text()).toBe("");
        }
        expect(comparable(byLane), `${method} ${JSON.stringify(extra)}`).toEqual(comparable(byProxy));
      }
    });
  }

  test("refuses an over-long URL with the proxy's 414, though the explorer's page cache holds its key", async ({ request }) => {
    const explore = "/en/explore?technique=nlp&domain=finance&sort=title";
    // With the locale cookie the lane knows the cookie decision, so it answers the explorer's hits itself.
    const headers = { accept: HTML_ACCEPT, "accept-language": "en", cookie: "NEXT_LOCALE=en" };
    await untilStoreHit(request, explore, headers);
    // An unknown parameter leaves the key as it is: the same cached page, answered as a hit.
    expect((await request.get(`${explore}&pad=1`, { headers })).headers()["x-fusion-atlas-cache"]).toBe("HIT");
    const padded = await request.get(`${explore}&pad=${"x".repeat(8_300)}`, { headers });
    expect(padded.status()).toBe(414);
    expect(padded.headers()["x-fusion-atlas-cache"]).toBeUndefined();
  });

  test("answers a cached page of the read API exactly as its route handler does", async ({ request }) => {
    for (const extra of [{}, { "accept-encoding": "gzip, deflate, br" }] as Array<Record<string, string>>) {
      // A query no other request has made: its first answer is the route handler's (which caches its text), the next
      // the lane's (or the handler's again, when the catalog version is to be read: the same answer either way).
      const path = `/api/v1/use-cases?technique=nlp&pageSize=7&q=${encodeURIComponent(`learning lane${Date.now()}`)}`;
      const byHandler = await request.get(path, { headers: extra });
      const byLane = await request.get(path, { headers: extra });
      expect(byHandler.status()).toBe(200);
      expect(comparable(byLane)).toEqual(comparable(byHandler));
      expect(await byLane.text()).toBe(await byHandler.text());
      expect(byLane.headers()["access-control-allow-origin"]).toBe("*");
    }
    // A bad parameter is the handler's 400, however often it is asked.
    for (let i = 0; i < 2; i++) expect((await request.get("/api/v1/use-cases?pageSize=0")).status()).toBe(400);
  });

  test("leaves to Next.js what it must not answer: router requests, HEAD of the explorer, a draft-mode cookie, odd paths", async ({ request }) => {
    await untilStoreHit(request, "/en/about", { "accept-language": "en" });
    const explore = "/en/explore?technique=nlp&domain=finance&sort=title";
    await untilStoreHit(request, explore, { "accept-language": "en" });
    const asRouter = await request.get("/en/about", { headers: { accept: "*/*", rsc: "1", "accept-language": "en" } });
    expect(asRouter.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    const head = await request.head(explore, { headers: { accept: HTML_ACCEPT, "accept-language": "en" } });
    expect(head.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    const draft = await request.get("/en/about", { headers: { accept: HTML_ACCEPT, cookie: "__prerender_bypass=1" } });
    expect(draft.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    const slash = await request.get("/en/about/", { headers: { accept: HTML_ACCEPT }, maxRedirects: 0 });
    expect(slash.status()).toBe(308);
    const unknown = await request.get("/xx/about", { headers: { accept: HTML_ACCEPT } });
    expect(unknown.status()).toBe(404);
  });
});
