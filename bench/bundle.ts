// `npm run bench:bundle`: first-load JavaScript (gzip) of every route of the production build, beside the bare
// reference page of the same build (its own minimal root layout), and the ratio. It fetches each page as a browser
// would and gzips the <script src> files it loads. It also checks that the lab's code and client-side KaTeX load
// only on the pages that use them. Targets: explorer ≤ 1.15× the reference; content pages ≤ 1.05×. Beside the JS it
// prints each page's stylesheets (gzip) and checks that KaTeX's stylesheet loads exactly on the pages with maths.
import zlib from "node:zlib";
import { chromium, type Browser, type Page } from "playwright";
import { startAppServer } from "./lib/app-server";
import { chromiumForBench } from "./lib/chromium";

type Kind = "reference" | "content" | "explorer" | "lab" | "admin";
// `maths`: the page shows typeset formulas, so it (and only it) loads KaTeX's stylesheet.
const ROUTES: Array<{ path: string; kind: Kind; lab?: boolean; maths?: boolean }> = [
  { path: "/en/reference-page", kind: "reference" },
  { path: "/en", kind: "content" },
  { path: "/zh", kind: "content" },
  { path: "/en/domains", kind: "content" },
  { path: "/en/domains/healthcare", kind: "content" },
  { path: "/en/use-cases/medical-image-analysis", kind: "content" },
  { path: "/en/techniques", kind: "content" },
  { path: "/en/techniques/nlp", kind: "content" },
  { path: "/en/techniques/sigmoid", kind: "lab", lab: true, maths: true },
  { path: "/en/techniques/regression", kind: "lab", lab: true, maths: true },
  { path: "/en/fusion", kind: "content" },
  { path: "/en/fusion-map", kind: "content" },
  { path: "/en/challenges", kind: "content" },
  { path: "/en/resources", kind: "content" },
  { path: "/en/faq", kind: "content" },
  { path: "/en/about", kind: "content" },
  { path: "/en/article", kind: "content", maths: true },
  { path: "/en/explore", kind: "explorer" },
  { path: "/en/explore?technique=nlp&domain=education", kind: "explorer" },
  { path: "/en/lab", kind: "lab", lab: true, maths: true },
  { path: "/en/admin/sign-in", kind: "admin" },
];

// Strings that only the lab's JavaScript and client-side KaTeX contain (LAB_BUNDLE_MARKER in components/lab).
const LAB_MARKER = "fusion-atlas-lab-bundle:v1";
const KATEX_MARKER = "KaTeX parse error";
// A string only KaTeX's stylesheet contains.
const KATEX_CSS_MARKER = "font-family:KaTeX_Main";

const sizeCache = new Map<string, { gzip: number; text: string }>();
const scriptFailures: string[] = [];

/**
 * Resolves once no request of the page has been in flight for `quietMs` (a lazily loaded chunk or worker starts a new
 * request and restarts the wait), instead of sleeping a fixed time after "networkidle".
 */
function networkQuiet(page: Page, quietMs = 500, timeoutMs = 30_000): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const up = () => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const down = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on("request", up);
  page.on("requestfinished", down);
  page.on("requestfailed", down);
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (inFlight === 0 && Date.now() - lastChange >= quietMs) return resolve();
      if (Date.now() > deadline) return reject(new Error(`network not quiet after ${timeoutMs} ms (${inFlight} in flight)`));
      setTimeout(check, 50);
    };
    check();
  }).finally(() => {
    page.off("request", up);
    page.off("requestfinished", down);
    page.off("requestfailed", down);
  });
}

async function script(url: string): Promise<{ gzip: number; text: string }> {
  const hit = sizeCache.get(url);
  if (hit) return hit;
  const response = await fetch(url);
  // A script that did not load is not a small script: it fails the run (see scriptFailures).
  if (response.status !== 200) scriptFailures.push(`${url}: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const entry = { gzip: zlib.gzipSync(body, { level: 9 }).length, text: body.toString("utf8") };
  sizeCache.set(url, entry);
  return entry;
}

/**
 * First-load JS: the scripts the HTML references, gzipped. Lab/KaTeX detection: every script the page loads in a
 * real browser, lazily loaded chunks and workers included.
 */
async function firstLoad(browser: Browser, base: string, path: string, expectLab = false) {
  const res = await fetch(base + path, { headers: { "accept-language": "en" } });
  const html = await res.text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] as string))];
  let gzip = 0;
  for (const src of srcs) gzip += (await script(new URL(src, base).toString())).gzip;

  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" || /\.(m?js)(\?|$)/.test(r.url())) loaded.add(r.url());
  });
  context.on("serviceworker", () => undefined);
  const quiet = networkQuiet(page);
  const browserStatus = (await page.goto(base + path, { waitUntil: "networkidle" }))?.status() ?? 0;
  // The lab's chunk is requested only after hydration; on a busy machine that can come after "networkidle", so on a
  // lab page wait for the widget itself (its root carries the marker) before looking at what was loaded.
  // The widget loads as the reader nears it (a server-rendered first frame until then): scroll to it, as a reader would.
  if (expectLab) await page.evaluate(() => document.querySelector("[data-lab-first-frame]")?.scrollIntoView());
  if (expectLab) await page.waitForSelector(`[data-lab-bundle="${LAB_MARKER}"]`, { timeout: 30_000 }).catch(() => undefined);
  await quiet;
  // The stylesheets the page applies (a stylesheet the router only preloads for a prefetched page does not count).
  const stylesheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href).filter((h): h is string => !!h));
  await context.close();
  let lab = false;
  let katex = false;
  for (const url of loaded) {
    const s = await script(url);
    if (s.text.includes(LAB_MARKER)) lab = true;
    if (s.text.includes(KATEX_MARKER)) katex = true;
  }
  let cssGzip = 0;
  let katexCss = false;
  for (const url of stylesheets) {
    const s = await script(url);
    cssGzip += s.gzip;
    if (s.text.includes(KATEX_CSS_MARKER)) katexCss = true;
  }
  return { status: res.status, browserStatus, scripts: srcs.length, kb: +(gzip / 1024).toFixed(1), lab, katex, cssKb: +(cssGzip / 1024).toFixed(1), katexCss };
}

async function main(): Promise<void> {
  const server = await startAppServer({ port: Number(process.env.BENCH_PORT ?? 3811) });
  const rows: Array<{ path: string; kind: Kind; kb: number; ratio: number; lab: boolean; katex: boolean; expectLab: boolean; katexCss: boolean; expectMaths: boolean }> = [];
  // A 404 or an error page ships less JavaScript than the page it replaces: every route must answer 200.
  const badStatus: string[] = [];
  const browser = await chromium.launch({
    executablePath: chromiumForBench(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const ref = await firstLoad(browser, server.url, "/en/reference-page");
    if (ref.status !== 200 || ref.kb <= 0) throw new Error(`the reference page answered HTTP ${ref.status} with ${ref.kb} kB of JS`);
    for (const r of ROUTES) {
      const m = await firstLoad(browser, server.url, r.path, !!r.lab);
      if (m.status !== 200 || m.browserStatus !== 200) badStatus.push(`${r.path}: HTTP ${m.status} (browser ${m.browserStatus})`);
      rows.push({ path: r.path, kind: r.kind, kb: m.kb, ratio: +(m.kb / ref.kb).toFixed(3), lab: m.lab, katex: m.katex, expectLab: !!r.lab, katexCss: m.katexCss, expectMaths: !!r.maths });
      console.log(
        `${r.path.padEnd(52)} ${String(m.kb).padStart(7)} kB  ×${(m.kb / ref.kb).toFixed(3)}  ${m.scripts} scripts  css ${String(m.cssKb).padStart(5)} kB${m.lab ? "  [lab]" : ""}${m.katex ? "  [katex]" : ""}${m.katexCss ? "  [katex css]" : ""}${m.status !== 200 ? `  HTTP ${m.status}` : ""}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const ref = rows.find((r) => r.kind === "reference")!;
  const worst = (kind: Kind) => Math.max(...rows.filter((r) => r.kind === kind).map((r) => r.ratio));
  const content = worst("content");
  const explorer = worst("explorer");
  const labLeaks = rows.filter((r) => !r.expectLab && (r.lab || r.katex)).map((r) => r.path);
  const labMissing = rows.filter((r) => r.expectLab && !r.lab).map((r) => r.path);
  const katexCssMisplaced = rows.filter((r) => r.katexCss !== r.expectMaths).map((r) => `${r.path} (${r.katexCss ? "loaded" : "missing"})`);
  console.log(`lab/KaTeX code on pages that do not use it: ${labLeaks.length ? labLeaks.join(", ") : "none"}`);
  console.log(`lab pages without the lab code: ${labMissing.length ? labMissing.join(", ") : "none"}`);
  console.log(`KaTeX's stylesheet where it does not belong or missing where there is maths: ${katexCssMisplaced.length ? katexCssMisplaced.join(", ") : "none"}`);
  if (badStatus.length) console.log(`routes not answering 200: ${badStatus.join(", ")}`);
  if (scriptFailures.length) console.log(`scripts that did not load: ${scriptFailures.join(", ")}`);
  const met = badStatus.length === 0 && scriptFailures.length === 0 && content <= 1.05 && explorer <= 1.15 && labLeaks.length === 0 && labMissing.length === 0 && katexCssMisplaced.length === 0;
  console.log(
    JSON.stringify({
      bench: "bundle",
      reference_kb: ref.kb,
      content_worst_ratio: content,
      explorer_worst_ratio: explorer,
      lab_leaks: labLeaks.length,
      katex_css_misplaced: katexCssMisplaced.length,
      non_200_routes: badStatus.length,
      failed_scripts: scriptFailures.length,
      target: "every route 200; explorer <= 1.15x reference; content pages <= 1.05x; lab and KaTeX (code and stylesheet) only where used",
      met,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
