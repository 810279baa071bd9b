import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import rehypeSanitize from "rehype-sanitize";
import remarkMath from "remark-math";
import { KatexStylesheet } from "@/components/katex-stylesheet";
import { rehypeNoteMaths } from "@/lib/markdown/has-maths";
import { markdownSanitizeSchema } from "@/lib/markdown/sanitize-schema";

/**
 * Markdown from the catalog, sanitized: raw HTML, scripts and javascript: links never render. Maths — inline `$…$`
 * and display `$$…$$` — is parsed by remark-math (which keeps its backslashes: `\,` stays a thin space) and typeset
 * by KaTeX AFTER sanitizing, so KaTeX's own markup is the only HTML that is not the reader's text; KaTeX runs with
 * `trust: false` (no \href, \includegraphics or \htmlClass). Only when KaTeX typeset something does the text link
 * KaTeX's stylesheet (and preload the fonts its maths uses): pages without maths never load it.
 */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  const found: { maths: boolean; fonts: string[] } = { maths: false, fonts: [] };
  // react-markdown's <Markdown> is a plain synchronous function (no hooks): calling it here runs the pipeline now, so
  // whether KaTeX produced output is known before this component returns.
  const content = ReactMarkdown({
    children,
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeSanitize, markdownSanitizeSchema],
      [rehypeKatex, { output: "htmlAndMathml", trust: false, strict: "ignore" }],
      [rehypeNoteMaths, found],
    ],
  });
  return (
    <div className="prose-atlas" lang={lang}>
      {found.maths ? <KatexStylesheet preload={found.fonts} /> : null}
      {content}
    </div>
  );
}
