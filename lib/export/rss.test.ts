import { describe, expect, it } from "vitest";
import { rss, xmlEscape } from "./rss";

describe("rss", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlEscape(`<b>"A" & 'B'</b>\u0001`)).toBe("&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;");
  });

  it("writes an RSS 2.0 channel with its items", () => {
    const xml = rss({
      title: "Feed & co",
      link: "http://x/en",
      selfLink: "http://x/en/feed.xml",
      description: "d",
      language: "en",
      items: [{ title: "医疗影像分析", link: "http://x/en/use-cases/a", guid: "a@2", description: "<p>", category: "Healthcare", pubDate: new Date("2026-11-29T00:00:00Z") }],
    });
    expect(xml).toContain(`<rss version="2.0"`);
    expect(xml).toContain("<title>Feed &amp; co</title>");
    expect(xml).toContain("<title>医疗影像分析</title>");
    expect(xml).toContain("<description>&lt;p&gt;</description>");
    expect(xml).toContain("<pubDate>Sun, 29 Nov 2026 00:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Sun, 29 Nov 2026 00:00:00 GMT</lastBuildDate>");
    expect(xml).toContain(`<atom:link href="http://x/en/feed.xml" rel="self" type="application/rss+xml"/>`);
  });
});
