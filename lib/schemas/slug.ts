// Slug suggestion from an English title: lower case ASCII words joined by hyphens, at most 80 characters.
import { LIMITS } from "./common";

export function suggestSlug(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= LIMITS.slug) return ascii;
  return ascii.slice(0, LIMITS.slug).replace(/-[^-]*$/, "").replace(/-+$/, "");
}
