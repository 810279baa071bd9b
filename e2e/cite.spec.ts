import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

// "Cite" / "引用" on a use-case page copies a citation with the page's permanent URL (APP_URL is the server's own
// address in the e2e set-up) to the clipboard; the text also stays selectable in a labelled box.
test.describe.configure({ timeout: 60_000 });
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

for (const [locale, cite, copyBibtex, copied, title] of [
  ["en", "Cite", "Copy BibTeX", "BibTeX copied to the clipboard.", "Risk control"],
  ["zh", "引用", "复制 BibTeX", "已将 BibTeX 复制到剪贴板。", "风险控制"],
] as const) {
  test(`${cite} copies BibTeX with the page URL (${locale})`, async ({ page, baseURL }) => {
    await page.goto(`/${locale}/use-cases/risk-control`);
    const button = page.getByRole("button", { name: cite, exact: true });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("button", { name: copyBibtex }).click();
    await expect(page.getByRole("status").filter({ hasText: copied })).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const url = `${baseURL}/${locale}/use-cases/risk-control`;
    expect(clipboard).toContain("@misc{fusion-atlas-risk-control,");
    expect(clipboard).toContain(`url = {${url}}`);
    expect(clipboard).toContain(`title = {{${title}}}`);
    expect(clipboard).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    // The fallback: the same text, selectable in a labelled box; plain text and CSL-JSON carry the URL too.
    await expect(page.getByRole("textbox", { name: "BibTeX" })).toHaveValue(clipboard);
    await expect(page.getByRole("textbox", { name: locale === "zh" ? "纯文本" : "Plain text" })).toHaveValue(new RegExp(url.replace(/[.]/g, "\\.")));
    expect(JSON.parse(await page.getByRole("textbox", { name: "CSL-JSON" }).inputValue())[0].URL).toBe(url);
    await expectNoSeriousA11yViolations(page);
    // Keyboard: Escape closes and gives focus back to the button.
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(page.getByRole("textbox", { name: "BibTeX" })).toBeHidden();
  });
}
