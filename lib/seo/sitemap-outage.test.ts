import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { STALE_HEADER, STALE_VALUE } from "@/lib/http/outage-page";
import { createSitemapResponder } from "./sitemap-outage";

const entries = [
  { url: "https://atlas.example/en", alternates: { languages: { en: "https://atlas.example/en", zh: "https://atlas.example/zh" } } },
  { url: "https://atlas.example/en/domains/finance", lastModified: new Date("2026-12-01T00:00:00.000Z") },
];
const outage = () => Promise.reject(new DatabaseUnavailableError("primary down (test)"));

describe("the sitemap while the primary is unreachable", () => {
  it("answers a fresh instance's sitemap request with 503 and Retry-After, not a 500", async () => {
    const res = await createSitemapResponder({ isStale: () => true }).respond(outage);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toMatch(/database is unreachable/);
  });

  it("serves the last good sitemap marked stale, and the fresh one unmarked once the database answers", async () => {
    let stale = false;
    const responder = createSitemapResponder({ isStale: () => stale });
    const good = await responder.respond(async () => entries);
    expect(good.status).toBe(200);
    expect(good.headers.get("content-type")).toBe("application/xml");
    expect(good.headers.get(STALE_HEADER)).toBeNull();
    const xml = await good.text();
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="zh" href="https://atlas.example/zh" />');
    expect(xml).toContain("<lastmod>2026-12-01T00:00:00.000Z</lastmod>");

    stale = true;
    const during = await responder.respond(outage);
    expect(during.status).toBe(200);
    expect(during.headers.get(STALE_HEADER)).toBe(STALE_VALUE);
    expect(await during.text()).toBe(xml);

    stale = false;
    const after = await responder.respond(async () => entries.slice(1));
    expect(after.headers.get(STALE_HEADER)).toBeNull();
    expect(await after.text()).not.toContain("hreflang");
  });

  it("still throws errors that are not an outage (a bug stays a bug)", async () => {
    await expect(createSitemapResponder({ isStale: () => false }).respond(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
