// Whether rendered markdown contains maths that KaTeX typeset, so that only such pages load KaTeX's stylesheet.
// Pure: works on the HTML syntax tree (hast) that react-markdown builds, after rehype-katex ran. No React, no Prisma.

import { fontCollector } from "@/lib/katex/preload-fonts";

/** The parts of a hast node this looks at. */
export interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: HastLike[];
}

function classList(node: HastLike): string[] {
  const value = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

/**
 * True when the tree holds KaTeX output (an element of class `katex`, inline or inside `katex-display`). Maths KaTeX
 * could not parse renders as plain `katex-error` text and needs no stylesheet; `$` in code or escaped is no maths.
 */
export function treeHasMaths(tree: HastLike): boolean {
  const stack: HastLike[] = [tree];
  while (stack.length) {
    const node = stack.pop() as HastLike;
    if (node.type === "element" && classList(node).includes("katex")) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

/** KaTeX's fonts worth preloading that the tree's typeset maths draws text in (lib/katex/preload-fonts.ts). */
export function treeKatexPreloadFonts(tree: HastLike): string[] {
  const walker = fontCollector();
  const visit = (node: HastLike) => {
    if (node.type === "text") walker.text(node.value ?? "");
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") walker.open(classList(node));
    for (const child of node.children ?? []) visit(child);
    if (node.type === "element") walker.close();
  };
  visit(tree);
  return walker.fonts();
}

/**
 * A rehype plugin (run after rehype-katex) that records in `found.maths` whether the document has typeset maths, and
 * in `found.fonts` (when asked for) the KaTeX fonts to preload for it.
 */
export function rehypeNoteMaths(found: { maths: boolean; fonts?: string[] }) {
  return (tree: HastLike) => {
    found.maths = treeHasMaths(tree);
    if (found.fonts) found.fonts = found.maths ? treeKatexPreloadFonts(tree) : [];
  };
}
