/** Public base URL (APP_URL), for canonical links, hreflang alternates, the sitemap and feeds. */
export function siteUrl(): string {
  const fromEnv = process.env.APP_URL?.trim();
  if (fromEnv) return fromEnv.replace(/\/$/, "");
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}
