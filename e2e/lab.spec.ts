import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

/** The constant LAB_BUNDLE_MARKER in components/lab/lab-widget.tsx: present only in the lab's own JavaScript. */
const LAB_MARKER = "fusion-atlas-lab-bundle:v1";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A number of the report, found by its label: the <dd> that follows the <dt> (role "term") with that exact text. */
function stat(page: Page, label: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

async function readNumber(page: Page, label: string): Promise<number> {
  const text = (await stat(page, label).innerText()).trim();
  const value = Number(text);
  expect(Number.isFinite(value), `${label} = "${text}"`).toBe(true);
  return value;
}

async function readEpoch(page: Page): Promise<number> {
  const text = await stat(page, "Epoch").innerText();
  return Number(text.trim().split(/\s/)[0]);
}

async function articleNumbers(page: Page) {
  return {
    mse: await readNumber(page, "MSE (normalized)"),
    ols: await readNumber(page, "OLS optimum"),
    w: await readNumber(page, "w (original units)"),
    b: await readNumber(page, "b (original units)"),
  };
}

function expectArticleResult(n: { mse: number; ols: number; w: number; b: number }) {
  expect(Math.abs(n.mse - n.ols) / n.ols).toBeLessThan(0.01);
  expect(n.ols).toBeGreaterThan(0.15);
  expect(n.ols).toBeLessThan(0.25);
  expect(Math.abs(n.w - 2)).toBeLessThanOrEqual(0.2);
  expect(Math.abs(n.b - 0.5)).toBeLessThanOrEqual(0.2);
}

test.describe("regression lab", () => {
  test("preset=article&run=1 trains the article's model to the OLS optimum, and a reload reproduces it", async ({ page }) => {
    await page.goto("/en/lab?preset=article&run=1");
    await expect(page.getByRole("heading", { level: 1, name: "Regression lab" })).toBeVisible();
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    await expect(stat(page, "Epoch")).toHaveText("100 of 100");
    const first = await articleNumbers(page);
    expectArticleResult(first);
    await expect(page.getByText("NaN")).toHaveCount(0);

    // The whole state is in the URL; opening it again gives the very same numbers.
    const url = new URL(page.url());
    expect(url.searchParams.get("preset")).toBe("article");
    expect(url.searchParams.get("seed")).toBe("42");
    expect(url.searchParams.get("run")).toBe("1");
    await page.reload();
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    expect(await articleNumbers(page)).toEqual(first);
  });

  test("the preset control loads the article's preset; Play and Step train it", async ({ page }) => {
    await page.goto("/en/lab?preset=high-noise");
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
    await page.getByLabel("Preset").selectOption({ label: "Article §5, exactly" });
    await expect(page.getByLabel("Learning rate")).toHaveValue("0.01");
    await expect(page.getByLabel("Batch size")).toHaveValue("32");
    await expect(page).toHaveURL(/preset=article/);

    // Keyboard: the controls are ordinary buttons.
    await page.getByRole("button", { name: "Step one epoch" }).focus();
    await page.keyboard.press("Enter");
    await expect(stat(page, "Epoch")).toHaveText("1 of 100");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    const numbers = await articleNumbers(page);
    expectArticleResult(numbers);

    // The exported weights carry the same line in original units.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export weights (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("regression-weights-seed42-epoch100.json");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const weights = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      format: string;
      original: { w: number; b: number };
      layers: Array<{ kernel: number[][]; bias: number[] }>;
    };
    expect(weights.format).toBe("fusion-atlas/regression-weights@1");
    expect(weights.layers).toHaveLength(1);
    expect(weights.original.w).toBeCloseTo(numbers.w, 2);
    expect(weights.original.b).toBeCloseTo(numbers.b, 2);

    await page.getByRole("button", { name: "Reset", exact: true }).click();
    await expect(stat(page, "Epoch")).toHaveText("0 of 100");
  });

  test("pause answers while a long run trains", async ({ page }) => {
    await page.goto("/en/lab?model=mlp&units=64&act=tanh&opt=adam&lr=0.001&bs=1&epochs=10000&data=sine&n=10000&noise=0.1&run=1");
    const pause = page.getByRole("button", { name: "Pause", exact: true });
    await expect(pause).toBeVisible();
    await expect.poll(() => readEpoch(page)).toBeGreaterThan(1);
    await pause.click();
    await expect(page.getByText(/^Paused at epoch \d+\.$/)).toBeVisible();
    const stopped = await readEpoch(page);
    expect(stopped).toBeLessThan(10000);
    // The pause notice names the epoch the worker stopped at, and the display shows that same epoch.
    await expect(page.getByText(`Paused at epoch ${stopped}.`)).toBeVisible();
    // Still there after 30 rendered frames (the charts and counters update once a frame while training), instead of
    // a fixed one-second sleep.
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(await readEpoch(page)).toBe(stopped);
    // And it resumes from there.
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => readEpoch(page)).toBeGreaterThan(stopped);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
  });

  test("a learning rate that is too high stops training and says why, with no NaN", async ({ page }) => {
    await page.goto("/en/lab?preset=lr-too-high&run=1");
    await expect(page.getByRole("alert").filter({ hasText: "Training diverged" })).toBeVisible();
    await expect(page.getByText("Stopped: training diverged at epoch 1.")).toBeVisible();
    await expect(page.getByText("NaN")).toHaveCount(0);
    await expect(page.getByText("Infinity")).toHaveCount(0);
  });

  test("a bad CSV shows its error next to the field, naming the row", async ({ page }) => {
    await page.goto("/en/lab");
    await page.getByLabel("Dataset").selectOption({ label: "Your own data (CSV)" });
    const field = page.getByLabel("Your data: one x,y pair per line");
    await field.fill("x,y\n1,2\n3,abc\n4,8");
    await expect(page.getByText("Row 3: y is not a number: “abc”.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeDisabled();

    // Fixed data trains.
    await field.fill("x,y\n1,2\n2,4.1\n3,5.9\n4,8.2");
    await expect(page.getByText("4 points read.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
  });

  test("a shared link whose CSV did not fit in it: the lab waits for data, and the article's errors are still there", async ({ page }) => {
    await page.goto("/en/lab?data=csv");
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeDisabled();
    // That section checks the article's own code on its own data: it needs none of the reader's.
    const article = page.getByRole("region", { name: "What the article got wrong" });
    await expect(article).toBeVisible();
    await expect(article.getByRole("button").first()).toBeVisible();
  });

  test("non-linear preset shows both fits and their MSEs", async ({ page }) => {
    await page.goto("/en/lab?preset=nonlinear&run=1");
    await expect(page.getByText("Finished after 500 epochs.")).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole("table", { name: "Compared on the same data" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table).toContainText("Dense(16, tanh)");
    await expect(table).toContainText("Dense(1), SGD");
  });

  test("the Chinese lab shows the report labels", async ({ page }) => {
    await page.goto("/zh/lab?preset=article&run=1");
    await expect(page.getByText("已完成，共 100 轮。")).toBeVisible();
    for (const label of ["均方误差（归一化）", "OLS 最优", "w（原始单位）", "b（原始单位）"]) {
      await expect(stat(page, label)).toHaveText(/^-?\d/);
    }
  });

  for (const locale of ["en", "zh"]) {
    test(`axe: no serious or critical violations on /${locale}/lab`, async ({ page }) => {
      test.slow(); // axe over a page full of KaTeX markup takes a while
      await page.goto(`/${locale}/lab?preset=nonlinear&run=1`);
      await expect(page.getByRole("definition").first()).toBeVisible();
      await page.getByRole("button", { name: locale === "en" ? "Show data table" : "显示数据表" }).click();
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("axe: no serious or critical violations on a technique page with the embed", async ({ page }) => {
    test.slow();
    await page.goto("/en/techniques/relu");
    // The compact lab loads as the reader nears it (a server-rendered first frame until then): scroll to its charts.
    await page.getByRole("figure", { name: "Data and fitted curve (original units)" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("definition").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("the lab's code loads only where the lab is", () => {
  async function scriptsOf(page: Page, path: string, ready: (page: Page) => Promise<void>): Promise<string[]> {
    const bodies: Array<Promise<string>> = [];
    const unreadable: string[] = [];
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type !== "script" && !response.url().endsWith(".js")) return;
      if (response.status() !== 200) unreadable.push(`${response.url()}: ${response.status()}`);
      // A script whose body cannot be read is not a clean script: it is recorded, and fails the test below.
      bodies.push(
        response.text().catch((error: unknown) => {
          unreadable.push(`${response.url()}: ${String(error)}`);
          return "";
        }),
      );
    });
    await page.goto(path);
    await ready(page);
    await page.waitForLoadState("networkidle");
    const texts = await Promise.all(bodies);
    expect(unreadable, `scripts of ${path} that could not be checked`).toEqual([]);
    return texts;
  }

  test("the home page and a technique page without the lab load no lab chunk", async ({ page }) => {
    for (const path of ["/en", "/en/techniques/nlp"]) {
      const scripts = await scriptsOf(page, path, async (p) => {
        await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
      });
      expect(scripts.length, `${path} loads scripts`).toBeGreaterThan(0);
      expect(scripts.filter((s) => s.includes(LAB_MARKER)), path).toHaveLength(0);
    }
  });

  test("the regression technique page embeds the lab", async ({ page }) => {
    const scripts = await scriptsOf(page, "/en/techniques/regression", async (p) => {
      await expect(p.getByRole("heading", { name: "Try it: the regression lab" })).toBeVisible();
      // The widget loads as the reader nears it: scroll to its charts, as a reader would.
      await p.getByRole("figure", { name: "Data and fitted curve (original units)" }).scrollIntoViewIfNeeded();
      await expect(p.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
    });
    expect(scripts.filter((s) => s.includes(LAB_MARKER)).length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    expect(Math.abs((await readNumber(page, "w (original units)")) - 2)).toBeLessThanOrEqual(0.2);
  });
});
