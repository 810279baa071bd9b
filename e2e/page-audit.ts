import { expect, type Page, type Response } from "@playwright/test";

/**
 * What must hold before a page is audited (axe) or measured: the page is the one asked for (no redirect, e.g. to
 * sign-in after a lost session), it answered with the expected status, and its h1 is the expected one. Without
 * this, an accessible error page or the sign-in page would pass an audit meant for another page.
 */
export async function expectPageShown(
  page: Page,
  response: Response | null,
  expected: { path: string; status?: number; h1: string | RegExp },
): Promise<void> {
  expect(response, `no response for ${expected.path}`).not.toBeNull();
  expect(response?.status(), `status of ${expected.path}`).toBe(expected.status ?? 200);
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}`, "the page shown is the page asked for").toBe(expected.path);
  await expect(page.getByRole("heading", { level: 1 }), `h1 of ${expected.path}`).toHaveText(expected.h1);
}
