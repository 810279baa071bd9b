import { test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const PAGES = [
  "",
  "/domains",
  "/domains/healthcare",
  "/use-cases/medical-image-analysis",
  "/techniques",
  "/techniques/sigmoid",
  "/techniques/deep-learning",
  "/fusion",
  "/challenges",
  "/resources",
  "/faq",
  "/about",
  "/use-cases/does-not-exist",
];

for (const locale of ["en", "zh"]) {
  for (const path of PAGES) {
    test(`axe: no serious or critical violations on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expectNoSeriousA11yViolations(page);
    });
  }
}
