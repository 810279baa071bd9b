import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import rehypeSanitize from "rehype-sanitize";
import remarkMath from "remark-math";
import "@/styles/katex.css";
import { markdownSanitizeSchema } from "@/lib/markdown/sanitize-schema";

/**
 * Markdown from the catalog, sanitized: raw HTML, scripts and javascript: links never render. Maths — inline `$…$`
 * and display `$$…$$` — is parsed by remark-math (which keeps its backslashes: `\,` stays a thin space) and typeset
 * by KaTeX AFTER sanitizing, so KaTeX's own markup is the only HTML that is not the reader's text; KaTeX runs with
 * `trust: false` (no \href, \includegraphics or \htmlClass).
 */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  return (
    <div className="prose-atlas" lang={lang}>
      <ReactMarkdown
        remarkPlugins={[remarkMath]}
        rehypePlugins={[[rehypeSanitize, markdownSanitizeSchema], [rehypeKatex, { output: "htmlAndMathml", trust: false, strict: "ignore" }]]}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
