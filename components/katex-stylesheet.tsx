import { KATEX_STYLESHEET_HREF } from "@/lib/katex/stylesheet-href";

/**
 * KaTeX's stylesheet, for content that has typeset maths. React hoists it into <head>, loads it once per page however
 * many formulas link it, and waits for it before showing what it styles. Pages without maths never load it.
 */
export function KatexStylesheet() {
  return <link rel="stylesheet" href={KATEX_STYLESHEET_HREF} precedence="default" />;
}
