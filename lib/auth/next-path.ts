// Where the sign-in page sends a browser afterwards (issue 16, item 9). Pure, so that it is unit-tested.

const SEGMENT = /^[A-Za-z0-9._~-]*$/;
const QUERY = /^[A-Za-z0-9._~\-=&%+,:]*$/;

/**
 * `requested` when it is an admin path of this locale made of safe characters only (letters, digits, `._~-` in the
 * path; also `=&%+,:` in a query); otherwise the dashboard. Never an open redirect (no `//`, no scheme, no `..`),
 * and never a character a Location header cannot carry (CR, LF, U+2028, anything outside ASCII).
 */
export function safeNextPath(requested: unknown, locale: string): string {
  const home = `/${locale}/admin`;
  if (typeof requested !== "string" || requested.length > 1000 || !requested.startsWith(`${home}/`)) return home;
  const q = requested.indexOf("?");
  const path = q === -1 ? requested : requested.slice(0, q);
  const query = q === -1 ? "" : requested.slice(q + 1);
  const segments = path.slice(home.length + 1).split("/");
  if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) return home;
  if (segments.slice(0, -1).some((s) => s === "")) return home; // an empty segment would make "//"
  if (!QUERY.test(query)) return home;
  return requested;
}
