import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/** Markdown from the catalog, sanitized: raw HTML, scripts and javascript: links never render. */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  return (
    <div className="prose-atlas" lang={lang}>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{children}</ReactMarkdown>
    </div>
  );
}
