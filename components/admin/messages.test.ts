// Every admin string exists in both languages, and every literal key the admin code asks for exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.admin.json";
import zh from "../../messages/zh.admin.json";

function flatten(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** The value at a dotted key path; throws when it is not a string. */
function lookup(messages: unknown, key: string): string {
  let node: unknown = messages;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`missing message ${key}`);
  return node;
}

/** The ICU placeholders of a message ({name}, {count, plural, …}), sorted. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] as string))].sort();
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return files(full);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith(".test.ts") ? [full] : [];
  });
}

const ROOT = path.resolve(__dirname, "..", "..");

describe("admin messages", () => {
  it("has the same keys in English and Chinese, all under the top-level namespace \"admin\"", () => {
    expect(Object.keys(en)).toEqual(["admin"]);
    expect(flatten(zh).sort()).toEqual(flatten(en).sort());
  });

  it("has a non-empty string for every key in both languages, with the same placeholders", () => {
    // The values themselves, not the key paths: a blanked zh "admin.signIn.title" must fail here.
    for (const key of flatten(en)) {
      const english = lookup(en, key);
      const chinese = lookup(zh, key);
      expect(english.trim(), `en ${key}`).not.toBe("");
      expect(chinese.trim(), `zh ${key}`).not.toBe("");
      expect(placeholders(chinese), `placeholders of ${key}`).toEqual(placeholders(english));
    }
  });

  it("contains every literal key the admin pages and components use", () => {
    const keys = new Set(flatten(en));
    const sources = [...files(path.join(ROOT, "components", "admin")), ...files(path.join(ROOT, "app", "[locale]", "admin"))];
    const missing: string[] = [];
    for (const file of sources) {
      const text = fs.readFileSync(file, "utf8");
      // const t = useTranslations("admin.x") / await getTranslations({ locale, namespace: "admin" }); then t("key").
      // A name can be bound more than once in a file (generateMetadata and the page): each call uses the nearest
      // binding above it.
      const bindings = [...text.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\((?:\{[^}]*namespace: )?"([\w.-]+)"/g)].map((m) => ({
        fn: m[1] as string,
        ns: m[2] as string,
        at: m.index ?? 0,
      }));
      for (const fn of new Set(bindings.map((b) => b.fn))) {
        for (const m of text.matchAll(new RegExp(`\\b${fn}\\("([\\w.-]+)"`, "g"))) {
          const binding = bindings.filter((b) => b.fn === fn && b.at < (m.index ?? 0)).pop();
          if (!binding) continue;
          const key = `${binding.ns}.${m[1] as string}`;
          if (key.startsWith("admin") && !keys.has(key)) missing.push(`${path.relative(ROOT, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
