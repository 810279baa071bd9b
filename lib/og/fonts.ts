// The CJK font for OpenGraph images, bundled with the app (no network at run time). Noto Sans SC is ~10 MB per
// weight, so it is read once per process, and the same `fonts` array is handed to every render: satori keys its
// parsed-font cache on that array's identity, so the font is parsed once too, not on every request.
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

export const OG_FONT_FAMILY = "Noto Sans SC";

// Literal paths: the bundler traces exactly these two files into the server output (a computed path would make it
// trace the whole project).
export const OG_FONT_FILES = {
  400: path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  700: path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
} as const;
const READ = {
  400: () => readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")),
  700: () => readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf")),
} as const;

let loading: Promise<OgFont[]> | null = null;

async function load(weight: 400 | 700): Promise<OgFont> {
  const buf = await READ[weight]();
  // satori wants an ArrayBuffer; slice out exactly this file's bytes (a Buffer may share a larger pool).
  const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  return { name: OG_FONT_FAMILY, data, weight, style: "normal" };
}

/** Both weights, loaded once per process; concurrent first requests share one read. */
export function ogFonts(): Promise<OgFont[]> {
  loading ??= Promise.all([load(700), load(400)]).catch((error: unknown) => {
    loading = null; // let a later request retry rather than caching the failure
    throw error;
  });
  return loading;
}
