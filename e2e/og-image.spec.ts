// OpenGraph images of use cases: rendered at request time with the bundled Noto Sans SC font (no network).
import { expect, test, type APIRequestContext } from "@playwright/test";

// Tighter than the 90 s default: A few image renders per test: 30 s leaves a wide margin on a busy machine.
test.describe.configure({ timeout: 30_000 });

/** The og:image URL a page's HTML announces, resolved against the page. */
async function ogImageOf(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  const html = await res.text();
  const tag = /<meta[^>]+property="og:image"[^>]*>/.exec(html)?.[0];
  expect(tag, `og:image meta on ${path}`).toBeTruthy();
  const content = /content="([^"]+)"/.exec(tag as string)?.[1] ?? "";
  return new URL(content.replace(/&amp;/g, "&"), res.url()).toString();
}

function pngSize(body: Buffer): { width: number; height: number } {
  // IHDR follows the 8-byte signature and the 8-byte chunk header: width and height are big-endian uint32s.
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const { locale, slug } of [
  { locale: "zh", slug: "intelligent-tutoring-systems" },
  { locale: "en", slug: "medical-image-analysis" },
]) {
  test(`the ${locale} use case ${slug} has a generated OpenGraph PNG that its og:image points to`, async ({ request }) => {
    const image = await ogImageOf(request, `/${locale}/use-cases/${slug}`);
    expect(new URL(image).pathname).toBe(`/${locale}/use-cases/${slug}/opengraph-image`);
    // The meta resolves: fetch exactly what a crawler would (on this server's origin).
    const res = await request.get(new URL(image).pathname + new URL(image).search);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const body = await res.body();
    expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    // A card with a gradient and text is tens of kB; a blank or broken render is far smaller.
    expect(body.length).toBeGreaterThan(15_000);
    expect(body.length).toBeLessThan(1_000_000);
  });
}

test("the zh and en cards of one use case differ (each renders its own language)", async ({ request }) => {
  // Both must be real PNG cards first: two different error pages would differ too.
  const card = async (locale: string) => {
    const res = await request.get(`/${locale}/use-cases/drug-discovery/opengraph-image`);
    expect(res.status(), locale).toBe(200);
    expect(res.headers()["content-type"], locale).toBe("image/png");
    const body = await res.body();
    expect(pngSize(body), locale).toEqual({ width: 1200, height: 630 });
    return body;
  };
  const zh = await card("zh");
  const en = await card("en");
  expect(zh.equals(en)).toBe(false);
});

test("an unknown use case's OpenGraph image is a 404, not a 500", async ({ request }) => {
  expect((await request.get("/en/use-cases/no-such-use-case/opengraph-image")).status()).toBe(404);
  expect((await request.get("/zh/use-cases/no-such-use-case/opengraph-image")).status()).toBe(404);
});
