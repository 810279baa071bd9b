// Issue 14, "a form for the keyboard and the phone": a whole create-and-link flow by keyboard alone (counting Tab
// presses), the relation picker as an ARIA combobox filtering in both languages, Ctrl+S, the unsaved-changes prompt,
// the computed translation badge, the phone layout, axe on the edit page, and no empty sections on the public page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

test.describe.configure({ timeout: 120_000 });

const editor = uniqueEmail("keyboard-editor");
test.beforeAll(() => createUser(editor, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

/** The focused element: its id, role, type and accessible text, enough to say which control has focus. */
async function focused(page: Page): Promise<{ id: string; tag: string; type: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? "",
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.getAttribute("type") ?? "",
      text: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim(),
    };
  });
}

async function idFor(page: Page, label: string): Promise<string> {
  const id = await page.getByLabel(label, { exact: true }).getAttribute("id");
  expect(id, label).toBeTruthy();
  return id ?? "";
}

test("a use case is created and linked by keyboard alone: under 15 Tabs from the last text field to Save", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const title = `Keyboard tutor ${suffix}`;
  await signIn(page, editor);
  await page.goto("/en/admin/use-cases/new");

  // The first field has focus on open.
  await expect(page.getByLabel("Title — English")).toBeFocused();
  await expect(page.getByText("Missing both languages")).toBeVisible();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Title — Chinese")).toBeFocused();
  await page.keyboard.type(`键盘导师 ${suffix}`);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Slug", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Suggest from the English title" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(`keyboard-tutor-${suffix}`);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Domain")).toBeFocused();
  await page.keyboard.type("Education");
  await expect(page.getByLabel("Domain")).toHaveValue(String(await idOf("Domain", "education")));
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Summary — English")).toBeFocused();
  await page.keyboard.type("Practising with a patient tutor.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Summary — Chinese")).toBeFocused();
  await page.keyboard.type("与耐心的导师一起练习。");

  // From the last text field to Save: every Tab is counted, links are added on the way.
  const techniques = await page.getByRole("combobox", { name: "Search Techniques" }).getAttribute("id");
  const status = await idFor(page, "Status");
  let tabs = 0;
  let linked = false;
  for (;;) {
    await page.keyboard.press("Tab");
    tabs += 1;
    const now = await focused(page);
    if (now.tag === "button" && now.type === "submit") break;
    if (now.id === techniques && !linked) {
      await page.keyboard.type("language process");
      await expect(page.getByRole("listbox", { name: "Matching Techniques" }).getByRole("option").first()).toContainText("(nlp)");
      await page.keyboard.press("Enter");
      await page.keyboard.type("回归");
      await expect(page.getByRole("listbox", { name: "Matching Techniques" }).getByRole("option").first()).toContainText("(regression)");
      await page.keyboard.press("Enter");
      linked = true;
    }
    if (now.id === status) await page.keyboard.press("ArrowDown");
    expect(tabs, `focus on ${JSON.stringify(now)}`).toBeLessThan(15);
  }
  expect(linked).toBe(true);
  expect(tabs).toBeLessThan(15);
  test.info().annotations.push({ type: "tabs from Summary — Chinese to Save", description: String(tabs) });
  await expect(page.getByRole("button", { name: /^Remove Natural language processing.*\(nlp\)$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove .*\(regression\)$/ })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("published");
  await expect(page.getByText("Translation complete")).toBeVisible();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/en\/admin\/use-cases\/\d+\?created=1$/);
  const [row] = await queryDb<{ id: number; status: string; slug: string }>("select id, status, slug from UseCase where titleEn = ?", title);
  expect(row).toMatchObject({ status: "published", slug: `keyboard-tutor-${suffix}` });
  const links = await queryDb<{ slug: string }>("select t.slug from UseCaseTechnique l join Technique t on t.id = l.techniqueId where l.useCaseId = ? order by t.slug", row?.id);
  expect(links.map((l) => l.slug)).toEqual(["nlp", "regression"]);

  // Its public page has techniques but no mechanisms or challenges: no empty headings for them.
  await page.goto(`/en/use-cases/keyboard-tutor-${suffix}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("dt", { hasText: "Techniques" })).toHaveCount(1);
  await expect(page.locator("dt", { hasText: "Fusion mechanisms" })).toHaveCount(0);
  await expect(page.locator("dt", { hasText: /^Challenges$/ })).toHaveCount(0);
  await page.goto(`/zh/use-cases/keyboard-tutor-${suffix}`);
  await expect(page.locator("dt", { hasText: "技术" })).toHaveCount(1);
  await expect(page.locator("dt", { hasText: "融合机制" })).toHaveCount(0);
  await expect(page.locator("dt", { hasText: /^挑战$/ })).toHaveCount(0);
});

test("the relation picker is one tab stop that filters in both languages; arrows move, Escape closes, tokens remove", async ({ page }) => {
  await signIn(page, editor, "zh");
  await page.goto("/zh/admin/use-cases/new");
  // The form has its script once its first field takes focus; the picker is typed into after that.
  await expect(page.getByLabel("标题（英文）")).toBeFocused();
  const box = page.getByRole("combobox", { name: "搜索技术" });
  await box.focus();
  await page.keyboard.type("自然语言");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("listbox", { name: "匹配的技术" });
  await expect(list.getByRole("option", { name: /\(nlp\)/ })).toBeVisible();
  await expect(list.getByRole("option", { name: /\(regression\)/ })).toHaveCount(0);
  await box.fill("");
  await page.keyboard.type("regression");
  await expect(list.getByRole("option", { name: /\(regression\)$/ })).toBeVisible();
  await expect(list.getByRole("option", { name: /\(nlp\)/ })).toHaveCount(0);

  // Arrows move the active option (aria-activedescendant); Escape closes the popup and keeps focus.
  await box.fill("");
  await page.keyboard.type("learning");
  const options = list.getByRole("option");
  expect(await options.count()).toBeGreaterThan(1);
  const first = await options.nth(0).getAttribute("id");
  const second = await options.nth(1).getAttribute("id");
  await expect(box).toHaveAttribute("aria-activedescendant", first ?? "");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", second ?? "");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await expect(box).toHaveAttribute("aria-activedescendant", first ?? "");
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(list).toBeHidden();
  await expect(box).toBeFocused();

  // Enter adds the active option as a token with its basis; the token's remove button says what it removes.
  await page.keyboard.press("ArrowDown");
  const chosen = (await options.nth(0).textContent()) ?? "";
  await page.keyboard.press("Enter");
  const name = chosen.replace(/\(草稿\)$/, "").trim();
  const tokens = page.getByRole("list", { name: "已选技术" });
  await expect(tokens.getByText(name, { exact: true })).toBeVisible();
  await expect(tokens.getByLabel(`${name} 的依据`)).toHaveValue("editorial");
  await tokens.getByRole("button", { name: `移除 ${name}` }).press("Enter");
  await expect(page.getByRole("list", { name: "已选技术" })).toHaveCount(0);
  await expect(box).toBeFocused();

  // English UI: Chinese text filters too, and the picker is a single tab stop (Tab leaves it for the next picker).
  await page.goto("/en/admin/use-cases/new");
  await expect(page.getByLabel("Title — English")).toBeFocused();
  const en = page.getByRole("combobox", { name: "Search Techniques" });
  await en.focus();
  await page.keyboard.type("视觉");
  await expect(page.getByRole("listbox", { name: "Matching Techniques" }).getByRole("option").first()).toContainText("视觉");
  // Aliases count too: "machine vision" is one of computer vision's other names.
  await en.fill("");
  await page.keyboard.type("machine vision");
  await expect(page.getByRole("listbox", { name: "Matching Techniques" }).getByRole("option").first()).toContainText("(computer-vision)");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Search Fusion mechanisms" })).toBeFocused();
});

test("the translation badge follows the content, in both languages", async ({ page }) => {
  await signIn(page, editor);
  await page.goto("/en/admin/domains/new");
  await expect(page.getByText("Missing both languages")).toBeVisible();
  await expect(page.getByText("Translation complete")).toHaveCount(0);
  await page.getByLabel("Name — Chinese").fill("测试");
  await expect(page.getByText("Missing English")).toBeVisible();
  await page.getByLabel("Name — English").fill("Test");
  await expect(page.getByText("Translation complete")).toBeVisible();
  await page.getByLabel("Name — Chinese").fill("");
  await expect(page.getByText("Missing Chinese")).toBeVisible();
  await expect(page.getByText("Missing English")).toHaveCount(0);

  await page.goto("/zh/admin/domains/new");
  await expect(page.getByText("缺少中英文")).toBeVisible();
  await page.getByLabel("名称（中文）").fill("测试");
  await expect(page.getByText("缺少英文")).toBeVisible();
});

test("Ctrl+S saves; leaving with unsaved changes asks first; the skip link lands on the form", async ({ page }) => {
  const id = await idOf("UseCase", "adaptive-learning-platforms");
  await signIn(page, editor);
  await page.goto(`/en/admin/use-cases/${id}`);
  await expect(page.getByLabel("Title — English")).toBeFocused();

  await page.getByRole("link", { name: "Skip to content" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Title — English")).toBeFocused();

  const summary = page.getByLabel("Summary — English");
  const before = await summary.inputValue();
  await summary.fill(`${before} (ctrl-s)`);
  const version = Number((await page.getByText(/^Editing version \d+$/).textContent())?.match(/\d+/)?.[0]);
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: `Saved as version ${version + 1}.` })).toBeVisible();
  const [row] = await queryDb<{ summaryEn: string }>("select summaryEn from UseCase where id = ?", id);
  expect(row?.summaryEn).toBe(`${before} (ctrl-s)`);

  // Saved: leaving does not ask. Dirty: an in-app link asks; dismissing stays, accepting leaves.
  await summary.fill(before);
  const questions: string[] = [];
  page.once("dialog", (d) => {
    questions.push(d.message());
    void d.dismiss();
  });
  await page.getByRole("link", { name: "History" }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain("unsaved changes");
  await expect(page).toHaveURL(new RegExp(`/en/admin/use-cases/${id}$`));
  await expect(summary).toHaveValue(before);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/use-cases/${id}/history$`));
});

test("on a phone the admin menu collapses behind a button and the first field is in the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const id = await idOf("UseCase", "route-planning");
  await signIn(page, editor);
  for (const locale of ["en", "zh"] as const) {
    await page.goto(`/${locale}/admin/use-cases/${id}`);
    const first = page.getByLabel(locale === "en" ? "Title — English" : "标题（英文）");
    await expect(first).toBeFocused();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThan(844);
    const nav = page.getByRole("navigation", { name: locale === "en" ? "Admin" : "管理后台" });
    const menu = page.getByRole("button", { name: locale === "en" ? "Admin menu" : "管理菜单" });
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
  }
  // The zh edit page's heading is in the UI language.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑应用场景：路径规划");
});

for (const [width, height] of [
  [390, 844],
  [1280, 900],
] as const) {
  for (const locale of ["en", "zh"] as const) {
    test(`axe: the edit page at ${width}×${height} (${locale}), with a picker open`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await signIn(page, editor, locale);
      const url = `/${locale}/admin/use-cases/${await idOf("UseCase", "route-planning")}`;
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page, url);
      await page.getByRole("combobox", { name: locale === "en" ? "Search Techniques" : "搜索技术" }).fill("a");
      await expect(page.getByRole("listbox").first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${url} (picker open)`);
    });
  }
}
