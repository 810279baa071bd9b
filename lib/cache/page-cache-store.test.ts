import { describe, expect, it } from "vitest";
import { createPageCacheStore, sizeOf } from "./page-cache-store.mjs";

const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });

describe("page cache store", () => {
  it("serves a page only under the catalog version current when its render started", () => {
    const store = createPageCacheStore({ maxEntries: 10, maxBytes: 1e6 });
    expect(store.get("/en", 1)).toBeNull(); // miss at version 1: the render starts
    store.set("/en", page("v1"));
    expect(store.get("/en", 1)?.value).toMatchObject({ html: "v1" });
    expect(store.get("/en", 2)).toBeNull(); // the catalog moved: the entry is gone
    expect(store.get("/en", 1)).toBeNull();
  });

  it("never labels a render with a version newer than the one it may have read", () => {
    const store = createPageCacheStore({ maxEntries: 10, maxBytes: 1e6 });
    expect(store.get("/en", 1)).toBeNull(); // render A starts at version 1
    expect(store.get("/en", 2)).toBeNull(); // an edit lands; a second miss while A is still rendering
    store.set("/en", page("rendered from version 1 data")); // A finishes
    expect(store.get("/en", 2)).toBeNull(); // so it is not served as version 2
  });

  it("does not store what it did not miss (a render from before the app knew the version)", () => {
    const store = createPageCacheStore({ maxEntries: 10, maxBytes: 1e6 });
    store.set("/en", page("unknown version"));
    expect(store.get("/en", 1)).toBeNull();
  });

  it("is bounded by entries and bytes, least recently used first", () => {
    const store = createPageCacheStore({ maxEntries: 2, maxBytes: 1e6 });
    for (const key of ["/a", "/b"]) {
      store.get(key, 1);
      store.set(key, page(key));
    }
    store.get("/a", 1); // /a is now the most recent
    store.get("/c", 1);
    store.set("/c", page("/c"));
    expect(store.stats().entries).toBe(2);
    expect(store.get("/b", 1)).toBeNull();
    expect(store.get("/a", 1)).not.toBeNull();

    const small = createPageCacheStore({ maxEntries: 100, maxBytes: 3 * sizeOf(page("x".repeat(100))) });
    for (let i = 0; i < 10; i++) {
      small.get(`/p${i}`, 1);
      small.set(`/p${i}`, page("x".repeat(100)));
    }
    expect(small.stats().entries).toBe(3);
    expect(small.stats().bytes).toBeLessThanOrEqual(3 * sizeOf(page("x".repeat(100))));
  });

  it("clear() drops pages and pending misses", () => {
    const store = createPageCacheStore({ maxEntries: 10, maxBytes: 1e6 });
    store.get("/en", 1);
    store.set("/en", page("v1"));
    store.get("/zh", 1);
    store.clear();
    store.set("/zh", page("rendered before the clear"));
    expect(store.get("/en", 1)).toBeNull();
    expect(store.stats()).toMatchObject({ entries: 0 });
  });
});
