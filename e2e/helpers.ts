import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on serious or critical axe violations, listing them with the page they were found on. */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()) {
  // Next.js streams a page's metadata after its content: just after a client-side navigation the new <title> may not
  // be in the document yet, and axe would report "document-title" for a page that has one. A page that never gets
  // one still fails here.
  await expect(page, `${label}: the page has a title`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, label).toEqual([]);
}

/** How long a suggestion spec waits before sending so that it is not "too fast": the e2e servers' SUGGEST_MIN_SECONDS
 * (8, playwright.config.ts) plus a margin. */
export const SUGGEST_MIN_WAIT_MS = 8_200;
