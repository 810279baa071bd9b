import { siteUrl } from "./site-url";

/** The permanent public URL of a page under APP_URL: `publicUrl("en", "/use-cases/risk-control")`. */
export function publicUrl(locale: string, path: string): string {
  return `${siteUrl()}/${locale}${path}`;
}
