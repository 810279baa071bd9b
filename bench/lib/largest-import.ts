// The largest catalog file the import accepts (lib/schemas/catalog-file.ts: MAX_CATALOG_ITEMS entries and just under
// MAX_CATALOG_BYTES of JSON), for bench:load's import phase: the exported (seeded) catalog plus generated use cases
// (copies of the seeded ones under new slugs and titles, linked as they are) up to the entry limit, their bodies
// padded with prose until the file is just under the byte limit. Pure: no database, no network.
import { MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS } from "../../lib/schemas/catalog-file";

/** Bytes left under the limit (the file must be accepted, not cut at the edge). */
const MARGIN = 2_048;
const COLLECTIONS = ["domains", "techniques", "workflowSteps", "mechanisms", "advantages", "drivers", "trends", "challenges", "faqs", "resources", "useCases", "notes", "traits"];
const WORDS = ["models", "clinical", "routes", "learning", "forecasting", "privacy", "federated", "graphs", "imaging", "risk", "students", "warehouses", "fusion", "data", "evaluation"];
const ZH = ["模型", "数据", "医疗", "物流", "金融", "教育", "融合", "隐私", "预测", "影像"];

type Item = Record<string, unknown> & { slug: string };

function prose(chars: number, seed: number, zh: boolean): string {
  let out = "";
  for (let i = seed; out.length < chars; i++) out += zh ? ZH[i % ZH.length] + (i % 7 === 0 ? "。" : "") : `${WORDS[i % WORDS.length]}${i % 11 === 0 ? ". " : " "}`;
  return out.slice(0, chars).trimEnd();
}

export interface LargestImport {
  text: string;
  bytes: number;
  items: number;
  addedUseCases: number;
}

/** From an exported catalog file's text, the largest accepted file that adds new use cases to it. */
export function largestImport(exported: string): LargestImport {
  const file = JSON.parse(exported) as Record<string, unknown>;
  const items = COLLECTIONS.reduce((n, name) => n + ((file[name] as unknown[] | undefined)?.length ?? 0), 0);
  const seeds = (file.useCases as Item[]).filter((u) => u.status === "published");
  if (seeds.length === 0) throw new Error("the exported catalog has no published use case to copy");
  const added: Item[] = [];
  for (let i = 0; items + added.length < MAX_CATALOG_ITEMS; i++) {
    const base = seeds[i % seeds.length];
    added.push({
      ...base,
      slug: `bench-import-${String(i + 1).padStart(4, "0")}`,
      titleZh: `${String(base.titleZh)}（导入 ${i + 1}）`,
      titleEn: `${String(base.titleEn)} (import ${i + 1})`,
      version: 1,
    });
  }
  const withAdded = (padding: number): string => {
    const useCases = [...(file.useCases as Item[]), ...added.map((u, i) => ({
      ...u,
      bodyEn: `${String(u.bodyEn ?? "")}\n\n${prose(padding, i, false)}`.trim(),
      bodyZh: `${String(u.bodyZh ?? "")}\n\n${prose(Math.floor(padding / 3), i, true)}`.trim(),
    }))];
    return `${JSON.stringify({ ...file, useCases }, null, 2)}\n`;
  };
  // Padding per added use case, by bisection on the file's size.
  let lo = 0;
  let hi = 40_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (Buffer.byteLength(withAdded(mid)) <= MAX_CATALOG_BYTES - MARGIN) lo = mid;
    else hi = mid - 1;
  }
  const text = withAdded(lo);
  return { text, bytes: Buffer.byteLength(text), items: items + added.length, addedUseCases: added.length };
}
