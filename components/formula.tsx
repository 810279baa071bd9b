import katex from "katex";
import "@/styles/katex.css";

/** A formula rendered on the server with KaTeX (MathML for screen readers, HTML for display). No client JS. */
export function Formula({ tex, label }: { tex: string; label: string }) {
  const html = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: "htmlAndMathml", trust: false });
  return (
    <figure className="my-4 overflow-x-auto rounded-md border border-slate-200 bg-slate-50 px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      <figcaption className="sr-only">{label}</figcaption>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
