// Start-up check (issue 16, item 4): APP_URL names the address the app is reached at. When it names another host or
// port than the one being served and no proxy is declared, canonical links, feeds and the sitemap point elsewhere,
// and a browser that opens the app at APP_URL reaches something else. Pure, so that it is unit-tested.

const WILDCARDS = new Set(["0.0.0.0", "::", "[::]", ""]);
const LOOPBACKS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * @param {{ appUrl: string, hostname: string, port: string | number, proxyHops: number }} served
 * @returns {string | null} the warning to print, or null when APP_URL matches what is served
 */
export function appUrlWarning({ appUrl, hostname, port, proxyHops }) {
  if (proxyHops > 0) return null; // a proxy serves APP_URL and forwards to us: host and port legitimately differ
  let url;
  try {
    url = new URL(appUrl);
  } catch {
    return null; // refused by the validation with its own message
  }
  const appPort = url.port !== "" ? url.port : url.protocol === "https:" ? "443" : "80";
  const problems = [];
  if (appPort !== String(port)) problems.push(`port ${appPort}, but the server listens on port ${port}`);
  const host = url.hostname;
  const bound = String(hostname).trim();
  if (!WILDCARDS.has(bound) && bound !== host && !(LOOPBACKS.has(bound) && LOOPBACKS.has(host))) {
    problems.push(`host ${host}, but the server listens on ${bound} only`);
  }
  if (problems.length === 0) return null;
  return (
    `APP_URL (${appUrl}) names ${problems.join(" and ")}. Canonical links, feeds and the sitemap use APP_URL. ` +
    "Set APP_URL to the address people use; behind a reverse proxy, set TRUSTED_PROXY_HOPS (and TRUSTED_ORIGINS for other public origins)."
  );
}
