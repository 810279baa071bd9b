import { describe, expect, it } from "vitest";
import { outagePageHtml } from "./outage-page";

describe("the page for an unreachable database", () => {
  it("speaks the visitor's language and links back to the page asked for", () => {
    const zh = outagePageHtml("zh", "/zh/domains/finance");
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<h1>暂时无法访问</h1>");
    expect(zh).toContain('href="/zh/domains/finance"');
    const en = outagePageHtml("en", "/en/domains/finance");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Temporarily unavailable</h1>");
    expect(en).toContain('href="/en"');
  });

  it("escapes the path it echoes", () => {
    expect(outagePageHtml("en", '/en/"><script>x</script>')).not.toContain("<script>");
  });
});
