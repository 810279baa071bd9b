import katex from "katex";
import { KatexStylesheet } from "@/components/katex-stylesheet";
import { katexPreloadFonts } from "@/lib/katex/preload-fonts";

/**
 * A formula rendered on the server with KaTeX (MathML for screen readers, HTML for display). No client JS. It links
 * KaTeX's stylesheet, so only pages that show a formula load it.
 */
export function Formula({ tex, label }: { tex: string; label: string }) {
  const html = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: "htmlAndMathml", trust: false });
  return (
    <>
      <KatexStylesheet preload={katexPreloadFonts([html])} />
      <figure className="my-4 overflow-x-auto rounded-md border border-slate-200 bg-slate-50 px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <figcaption className="sr-only">{label}</figcaption>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </figure>
    </>
  );
}
