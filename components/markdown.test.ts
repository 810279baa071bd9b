// Every seeded markdown field, zh and en, rendered through the site's <Markdown>: no maths delimiter may stay visible,
// no TeX command may leak as text, KaTeX must not fail, and no backslash inside maths may be lost (markdown used to
// eat the `\` of `\,`).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KATEX_STYLESHEET_HREF } from "@/lib/katex/stylesheet-href";
import { content } from "@/prisma/seed/content";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(createElement(Markdown, { lang: "en" } as { lang: string; children: string }, md));

const decode = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&");

/** What a reader sees: the HTML without KaTeX's hidden MathML copy (which holds the TeX source), tags stripped. */
function visibleText(html: string): string {
  return decode(html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, "").replace(/<[^>]+>/g, ""));
}

/** The TeX that KaTeX received, from its annotations. */
function typesetTex(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) => decode(m[1] as string));
}

/** The maths written in the markdown source (display first, then inline), outside code spans. */
function sourceMaths(md: string): string[] {
  const withoutCode = md.replace(/`[^`]*`/g, "");
  return [...withoutCode.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)].map((m) => (m[1] ?? m[2] ?? "").trim());
}

/** How many times the HTML links KaTeX's stylesheet. */
const stylesheetLinks = (html: string) => html.split(`href="${KATEX_STYLESHEET_HREF}"`).length - 1;

const backslashes = (s: string) => (s.match(/\\/g) ?? []).length;

const fields: Array<{ name: string; md: string }> = [];
for (const d of content.domains) for (const l of ["zh", "en"] as const) fields.push({ name: `domain ${d.slug}.body.${l}`, md: d.body[l] });
for (const t of content.techniques) for (const l of ["zh", "en"] as const) fields.push({ name: `technique ${t.slug}.body.${l}`, md: t.body[l] });
for (const d of content.domains) for (const l of ["zh", "en"] as const) if (d.editorial) fields.push({ name: `domain ${d.slug}.editorial.${l}`, md: d.editorial[l] });
for (const t of content.techniques) for (const l of ["zh", "en"] as const) if (t.editorial) fields.push({ name: `technique ${t.slug}.editorial.${l}`, md: t.editorial[l] });
for (const f of content.faqs) for (const l of ["zh", "en"] as const) fields.push({ name: `faq ${f.slug}.answer.${l}`, md: f.answer[l] });
for (const u of content.useCases) for (const l of ["zh", "en"] as const) fields.push({ name: `use case ${u.slug}.body.${l}`, md: u.body[l] });
for (const u of content.useCases) for (const l of ["zh", "en"] as const) if (u.editorial) fields.push({ name: `use case ${u.slug}.editorial.${l}`, md: u.editorial[l] });
for (const n of content.notes) for (const l of ["zh", "en"] as const) fields.push({ name: `note ${n.slug}.body.${l}`, md: n.body[l] });

describe("<Markdown> renders maths in every seeded markdown field", () => {
  it("covers the fields that have maths (regression, sigmoid, tanh, mse, cross-entropy, the regression notes)", () => {
    const withMaths = fields.filter((f) => sourceMaths(f.md).length > 0).map((f) => f.name);
    for (const slug of ["technique regression.", "technique sigmoid.", "technique tanh.", "technique mse.", "technique cross-entropy."]) {
      expect(withMaths.some((n) => n.startsWith(slug)), slug).toBe(true);
    }
    expect(withMaths.filter((n) => n.startsWith("note ")).length).toBeGreaterThanOrEqual(3);
  });

  it.each(fields.map((f) => [f.name, f.md] as const))("%s", (_name, md) => {
    const html = render(md);
    const text = visibleText(html);
    expect(text, "a visible $ delimiter").not.toContain("$");
    expect(text, "a TeX command shown as text").not.toMatch(/\\[a-zA-Z,;!]/);
    expect(html, "KaTeX failed").not.toContain("katex-error");
    const expected = sourceMaths(md);
    const got = typesetTex(html);
    expect(got.length, "every maths span is typeset").toBe(expected.length);
    expect(backslashes(got.join(" ")), "backslashes kept inside maths").toBe(backslashes(expected.join(" ")));
    expect(stylesheetLinks(html), "KaTeX's stylesheet linked exactly when there is maths").toBe(expected.length > 0 ? 1 : 0);
  });

  it("typesets display maths as a block and keeps `\\,` as a thin space", () => {
    const html = render("Inline $a\\,b$ and\n\n$$\nx^2\n$$\n");
    expect(typesetTex(html)).toEqual(["a\\,b", "x^2"]);
    expect(html).toContain('class="katex-display"');
    expect(visibleText(html)).not.toContain("$");
  });

  it("still sanitizes: raw HTML and javascript: links never render, and KaTeX is not trusted with \\href", () => {
    const html = render('<script>alert(1)</script> [x](javascript:alert(1)) $\\href{javascript:alert(1)}{y}$');
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript:/);
  });
});

describe("<Markdown> links KaTeX's stylesheet only when KaTeX typeset something", () => {
  it.each([
    ["inline maths", "The loss $L = (y - \\hat y)^2$ falls.", 1],
    ["display maths", "$$\nx^2\n$$", 1],
    ["a math code fence", "```math\nx^2\n```", 1],
    ["no maths", "Plain **text** with a [link](https://example.org).", 0],
    ["escaped dollars", "It costs \\$5 or \\$10.", 0],
    ["dollars in code", "Run `echo $HOME $PATH` and\n\n```sh\nx=$y$\n```", 0],
    ["empty", "", 0],
  ] as const)("%s", (_name, md, links) => {
    const html = render(md);
    expect(stylesheetLinks(html)).toBe(links);
    if (links) expect(html).toMatch(new RegExp(`<link rel="stylesheet" href="${KATEX_STYLESHEET_HREF.replaceAll(".", "\\.")}" data-precedence="default"/>`));
  });
});
