import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUser, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Generous: these drive several pages each, and the machine may be busy with other builds and browsers.
test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("io-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

type Catalog = Record<string, unknown> & { faqs: Array<Record<string, unknown>> };
// Collections no other admin spec writes to, so that they can be compared byte for byte while specs run in
// parallel (the full export → import into an empty database → export identity is a vitest test on scratch DBs).
const STABLE = ["faqs", "drivers", "advantages", "workflowSteps"] as const;

test("export, check and import the catalog through the page; an edited file updates exactly what changed", async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import / export" }).click();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the catalog (JSON)" }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-io-")), "catalog.json");
  await (await download).saveAs(file);
  const first = fs.readFileSync(file, "utf8");
  const catalog = JSON.parse(first) as Catalog;
  expect(catalog).toMatchObject({ format: "fusion-atlas/catalog", schemaVersion: 1 });

  // The same file back: valid, nothing for the FAQ to do.
  await page.getByLabel("Catalog file (JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByText("The file is valid. This is what an import would do:")).toBeVisible();
  const faqRow = page.getByRole("row", { name: /^FAQ/ });
  await expect(faqRow.getByRole("cell")).toHaveText(["0", "0", String(catalog.faqs.length)]);
  await page.getByRole("button", { name: "Import catalog.json" }).click();
  await expect(page.getByText("Imported.", { exact: true })).toBeVisible();

  const again = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the catalog (JSON)" }).click();
  const secondFile = `${file}.2`;
  await (await again).saveAs(secondFile);
  const second = JSON.parse(fs.readFileSync(secondFile, "utf8")) as Catalog;
  for (const name of STABLE) expect(JSON.stringify(second[name]), name).toBe(JSON.stringify(catalog[name]));

  // Edit one FAQ in the file: the dry run shows one update; the import applies it as a new version.
  const target = catalog.faqs[0] as Record<string, unknown>;
  const slug = String(target.slug);
  const before = (await queryDb<{ version: number }>("select version from Faq where slug = ?", slug))[0]?.version ?? 0;
  target.questionEn = `Edited in the file ${Math.random().toString(36).slice(2, 7)}?`;
  const edited = `${file}.edited.json`;
  fs.writeFileSync(edited, JSON.stringify(catalog));
  await page.getByLabel("Catalog file (JSON)").setInputFiles(edited);
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("row", { name: /^FAQ/ }).getByRole("cell")).toHaveText(["0", "1", String(catalog.faqs.length - 1)]);
  await page.getByRole("button", { name: /^Import / }).click();
  await expect(page.getByText("Imported.", { exact: true })).toBeVisible();
  expect((await queryDb<{ questionEn: string; version: number }>("select questionEn, version from Faq where slug = ?", slug))[0]).toEqual({
    questionEn: target.questionEn,
    version: before + 1,
  });
  await page.goto("/en/faq");
  await expect(page.getByText(String(target.questionEn))).toBeVisible();

  // A broken file is refused before anything is written.
  const broken = `${file}.broken.json`;
  fs.writeFileSync(broken, JSON.stringify({ ...catalog, faqs: [{ ...target, slug: "Bad Slug" }] }));
  await page.goto("/en/admin/import-export");
  await page.getByLabel("Catalog file (JSON)").setInputFiles(broken);
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByText("The file has problems; nothing can be imported:")).toBeVisible();
  await expect(page.getByText("faqs[0].slug")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
  expect(await queryDb("select 1 from AuditLog where action = 'catalog.import' and actorEmail = ?", admin)).toHaveLength(2);
  expect(await queryDb("select 1 from AuditLog where action = 'catalog.export' and actorEmail = ?", admin)).toHaveLength(2);
});
