// Every catalog area has the same keys in English and Chinese (the English ones are the typed keys the code is
// checked against: i18n/app-config.d.ts), non-empty, with the same placeholders; and the areas do not overwrite each
// other when i18n/request.ts merges them.
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/auth/audit-actions";
import enAdmin from "../messages/en.admin.json";
import enExplore from "../messages/en.explore.json";
import enSite from "../messages/en.json";
import enLab from "../messages/en.lab.json";
import enSearch from "../messages/en.search.json";
import zhAdmin from "../messages/zh.admin.json";
import zhExplore from "../messages/zh.explore.json";
import zhSite from "../messages/zh.json";
import zhLab from "../messages/zh.lab.json";
import zhSearch from "../messages/zh.search.json";

const AREAS: Array<[area: string, en: object, zh: object]> = [
  ["site", enSite, zhSite],
  ["explore", enExplore, zhExplore],
  ["lab", enLab, zhLab],
  ["admin", enAdmin, zhAdmin],
  ["search", enSearch, zhSearch],
];

/** Every leaf's dotted key path with its value. */
function leaves(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The ICU argument names of a message, sorted: `{name}`, `{count, plural, …}`. Braces alternate between arguments
 * (even depth) and plural/select branch bodies (odd depth: `one {# link}`), so only even-depth names count.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth % 2 === 0) {
        const name = /^\s*(\w+)\s*[,}]/.exec(message.slice(i + 1));
        if (name) names.add(name[1] as string);
      }
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

describe("message catalogs", () => {
  for (const [area, en, zh] of AREAS) {
    it(`${area}: zh has exactly en's keys, each a non-empty string using only arguments en's callers pass`, () => {
      const english = new Map(leaves(en));
      const chinese = new Map(leaves(zh));
      expect([...chinese.keys()].sort(), `${area} keys`).toEqual([...english.keys()].sort());
      for (const [key, value] of english) {
        const other = chinese.get(key);
        expect(typeof value === "string" && value.trim() !== "", `en ${key}`).toBe(true);
        expect(typeof other === "string" && other.trim() !== "", `zh ${key}`).toBe(true);
        // zh may leave out an argument English needs for its grammar (a select between "span" and "spans").
        const passed = new Set(placeholders(String(value)));
        expect(placeholders(String(other)).filter((name) => !passed.has(name)), `zh arguments of ${key}`).toEqual([]);
      }
    });
  }

  it("keeps the areas' top-level namespaces apart (the merge would silently drop one)", () => {
    const seen = new Map<string, string>();
    for (const [area, en] of AREAS) {
      for (const namespace of Object.keys(en)) {
        expect(seen.get(namespace), `namespace "${namespace}" of ${area}`).toBeUndefined();
        seen.set(namespace, area);
      }
    }
  });

  it("names every audit action in words in both languages", () => {
    for (const [messages, language] of [[enAdmin, "en"], [zhAdmin, "zh"]] as const) {
      const words = new Map(leaves(messages.admin.auditLog.actions));
      for (const action of AUDIT_ACTIONS) expect(words.get(action), `${language} ${action}`).toMatch(/\S/);
    }
  });
});
