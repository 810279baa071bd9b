import type http from "node:http";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { explorerPageKey } from "@/lib/cache/explorer-page-policy";
import { createPageCacheStore } from "@/lib/cache/page-cache-store.mjs";

// The request lane (page-store-lane.ts) against a stub request and response, with the page stores and the catalog
// version injected where the lane reads them (globalThis, as the proxy's stores and lib/cache/version.ts put them).
const SECRET = "s".repeat(24);
const HTML = "text/html,application/xhtml+xml";
const g = globalThis as Record<string, unknown>;
const publicStore = createPageCacheStore({ maxEntries: 10, maxBytes: 1_000_000 });
const explorerStore = createPageCacheStore({ maxEntries: 10, maxBytes: 1_000_000 });
const version = { fresh: 7 as number | null, error: null as string | null, throws: false };
const EXPLORE = "/en/explore?technique=nlp&domain=finance&sort=title";

let lane: typeof import("./page-store-lane");

beforeAll(async () => {
  g.fusionAtlasPublicPages = { store: publicStore, inflight: new Map(), renderSecret: SECRET };
  g.fusionAtlasExplorerPages = { store: explorerStore, inflight: new Map(), renderSecret: SECRET };
  lane = await import("./page-store-lane");
  // After the import: lib/cache/version.ts (loaded with the API lane) registers the real reader.
  g.fusionAtlasCatalogVersion = {
    current: async () => version.fresh,
    fresh: () => {
      if (version.throws) throw new Error("the version's reader failed");
      return version.fresh;
    },
    status: () => ({ version: version.fresh, okAt: Date.now(), stale: false, error: version.error }),
  };
  const body = new TextEncoder().encode("<!doctype html><p>about</p>");
  publicStore.get("/en/about", 7);
  publicStore.set("/en/about", { body, headers: [["content-type", "text/html; charset=utf-8"], ["etag", '"about-7"']], etag: '"about-7"' });
  const key = explorerPageKey({ method: "GET", pathname: "/en/explore", search: EXPLORE.slice(11), headers: new Headers({ accept: HTML }) }, SECRET)!.key;
  explorerStore.get(key, 7);
  explorerStore.set(key, { body: new TextEncoder().encode("<!doctype html><p>explore</p>"), headers: [["content-type", "text/html; charset=utf-8"]] });
});

beforeEach(() => Object.assign(version, { fresh: 7, error: null, throws: false }));
afterEach(() => Object.assign(version, { fresh: 7, error: null, throws: false }));

interface Sent {
  status?: number;
  headers: Record<string, unknown>;
  body?: Buffer;
  ended: boolean;
}

function ask(url: string, headers: Record<string, string> = {}, method = "GET"): { answered: boolean; sent: Sent } {
  const request = { method, url, headers: { accept: HTML, cookie: "NEXT_LOCALE=en", ...headers } } as unknown as http.IncomingMessage;
  const sent: Sent = { headers: {}, ended: false };
  const response = {
    set statusCode(status: number) {
      sent.status = status;
    },
    setHeader(name: string, value: unknown) {
      sent.headers[name] = value;
    },
    end(body?: Buffer) {
      sent.body = body;
      sent.ended = true;
    },
  } as unknown as http.ServerResponse;
  return { answered: lane.answerFromStore(request, response, null), sent };
}

describe("the request lane's answer", () => {
  it("answers a hit of the page store and of the explorer's page cache (with the ETag's 304 and HEAD)", () => {
    const page = ask("/en/about");
    expect(page.answered).toBe(true);
    expect(page.sent.status).toBe(200);
    expect(page.sent.headers["x-fusion-atlas-cache"]).toBe("HIT");
    expect(page.sent.body?.toString()).toContain("about");
    const head = ask("/en/about", {}, "HEAD");
    expect([head.answered, head.sent.status, head.sent.body]).toEqual([true, 200, undefined]);
    const notModified = ask("/en/about", { "if-none-match": '"about-7"' });
    expect([notModified.answered, notModified.sent.status, notModified.sent.body]).toEqual([true, 304, undefined]);
    const explore = ask(EXPLORE);
    expect(explore.answered).toBe(true);
    expect(explore.sent.body?.toString()).toContain("explore");
    // An unknown parameter does not change the explorer's key: the same page.
    expect(ask(`${EXPLORE}&pad=1`).answered).toBe(true);
  });

  it("leaves to the proxy a URL the proxy refuses with a 414, though its key is stored", () => {
    const padded = ask(`${EXPLORE}&pad=${"x".repeat(8_300)}`);
    expect(padded.answered).toBe(false);
    expect(padded.sent.ended).toBe(false);
    expect(ask(`/en/explore?q=${"x".repeat(9_000)}`).answered).toBe(false);
    // 3,000 quotes are ~3 KB as sent but ~9 KB once parsed (`'` → `%27`), which is what the proxy measures.
    expect(ask(`${EXPLORE}&pad=${"'".repeat(3_000)}`).answered).toBe(false);
    expect(ask(`${EXPLORE}&pad=${"'".repeat(2_000)}`).answered).toBe(true);
  });

  it("leaves to Next.js what it must not answer", () => {
    const refused: Array<[string, Record<string, string>, string?]> = [
      ["/en/about?x=1", {}], // a query string on a stored page
      ["/en/about", { rsc: "1" }], // the router's requests
      ["/en/about", { "next-router-prefetch": "1" }],
      ["/en/about", { cookie: "NEXT_LOCALE=en; __prerender_bypass=1" }], // draft mode
      [EXPLORE, {}, "HEAD"], // HEAD of the explorer
      ["/en/about", {}, "POST"],
      ["/en/about", { accept: "application/json" }],
      ["/en/about", { cookie: "", "accept-language": "x-unknown-to-next-intl" }], // the locale cookie is next-intl's to decide
      ["/en/about", { "x-fusion-atlas-page-render": SECRET }], // the store's own render
    ];
    for (const [url, headers, method] of refused) {
      const { answered, sent } = ask(url, headers, method);
      expect(answered, `${method ?? "GET"} ${url} ${JSON.stringify(headers)}`).toBe(false);
      expect(sent.ended).toBe(false);
    }
  });

  it("leaves to the proxy a page under another version, a version not read under a second ago, and a failed read", () => {
    version.fresh = 8; // the catalog moved on: the stored page is old
    expect(ask("/en/about").answered).toBe(false);
    version.fresh = null; // not known from a read under a second old
    expect(ask("/en/about").answered).toBe(false);
    expect(ask(EXPLORE).answered).toBe(false);
    Object.assign(version, { fresh: 7, error: "unreachable" }); // the primary unreachable: the outage path answers
    expect(ask("/en/about").answered).toBe(false);
  });

  it("leaves the request to Next.js untouched when anything fails before the answer is written", () => {
    version.throws = true;
    const failed = ask("/en/about");
    expect(failed.answered).toBe(false);
    expect(failed.sent).toEqual({ headers: {}, ended: false });
  });
});

describe("the lanes' compression", () => {
  it("is Next.js's: next.config.mjs sets `compress` from the constant the lane reads", async () => {
    const { NEXT_COMPRESS } = await import("./next-compress.mjs");
    const config = (await import("@/next.config.mjs")).default as { compress?: boolean };
    expect(config.compress).toBe(NEXT_COMPRESS);
  });
});
