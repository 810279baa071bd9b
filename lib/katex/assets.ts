import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { referencedFonts, servedKatexCss } from "./stylesheet";

// KaTeX's stylesheet and fonts, read from the installed package (node_modules/katex/dist) once and kept in memory:
// nothing is copied at build time, so `npm ci && npm start` serves them offline from a clean clone.

const DIST = path.join(process.cwd(), "node_modules", "katex", "dist");

let installedVersion: Promise<string> | null = null;
let stylesheet: Promise<{ css: string; fonts: Set<string> }> | null = null;
const fonts = new Map<string, Promise<Buffer>>();

/** The version of the installed KaTeX (its package.json). */
export function installedKatexVersion(): Promise<string> {
  installedVersion ??= fs
    .readFile(path.join(DIST, "..", "package.json"), "utf8")
    .then((text) => String((JSON.parse(text) as { version?: unknown }).version ?? ""));
  return installedVersion;
}

function loadStylesheet() {
  stylesheet ??= fs.readFile(path.join(DIST, "katex.min.css"), "utf8").then((source) => {
    const css = servedKatexCss(source);
    return { css, fonts: new Set(referencedFonts(css)) };
  });
  return stylesheet;
}

/** The stylesheet as served (fonts swapped in). */
export async function katexStylesheet(): Promise<string> {
  return (await loadStylesheet()).css;
}

/** A font file the stylesheet names, or null for any other name (nothing else under dist/ is reachable). */
export async function katexFont(name: string): Promise<Buffer | null> {
  const { fonts: allowed } = await loadStylesheet();
  if (!allowed.has(name)) return null;
  let file = fonts.get(name);
  if (!file) {
    file = fs.readFile(path.join(DIST, "fonts", name));
    fonts.set(name, file);
    file.catch(() => fonts.delete(name));
  }
  return file;
}
