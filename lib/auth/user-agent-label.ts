// A short, readable name for a User-Agent header ("Chrome 131 · Linux"), for the audit log, which shows the full
// header on demand. Pure: no React, no Prisma.

const BROWSERS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ["Edge", /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ["Opera", /\bOPR\/(\d+)/],
  ["Firefox", /\b(?:Firefox|FxiOS)\/(\d+)/],
  ["Headless Chrome", /\bHeadlessChrome\/(\d+)/],
  ["Chrome", /\b(?:Chrome|CriOS)\/(\d+)/],
  ["Safari", /\bVersion\/(\d+)(?:\.\d+)*.*\bSafari\//],
  ["curl", /^curl\/(\d+(?:\.\d+)?)/],
  ["Node.js", /^(?:node|undici)(?:-fetch)?(?:\/(\d+))?/i],
];

const SYSTEMS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ["Windows", /\bWindows\b/],
  ["iPhone", /\biPhone\b/],
  ["iPad", /\biPad\b/],
  ["Android", /\bAndroid\b/],
  ["ChromeOS", /\bCrOS\b/],
  ["macOS", /\bMac OS X\b|\bMacintosh\b/],
  ["Linux", /\bLinux\b/],
];

/** The longest label returned for a header none of the patterns know (then cut, with "…"). */
export const UNKNOWN_AGENT_LENGTH = 32;

/**
 * "Chrome 131 · Linux", "Safari 17 · iPhone", "curl 8.5"; a header it does not recognise is cut to
 * UNKNOWN_AGENT_LENGTH characters; an empty one gives "".
 */
export function userAgentLabel(userAgent: string | null | undefined): string {
  const ua = (userAgent ?? "").trim();
  if (!ua) return "";
  const browser = BROWSERS.map(([name, pattern]) => [name, pattern.exec(ua)] as const).find(([, m]) => m);
  const system = SYSTEMS.find(([, pattern]) => pattern.test(ua))?.[0];
  if (!browser) {
    const cut = ua.length > UNKNOWN_AGENT_LENGTH ? `${ua.slice(0, UNKNOWN_AGENT_LENGTH - 1)}…` : ua;
    return system && !cut.includes(system) ? `${cut} · ${system}` : cut;
  }
  const [name, match] = browser;
  const named = match?.[1] ? `${name} ${match[1]}` : name;
  return system ? `${named} · ${system}` : named;
}
