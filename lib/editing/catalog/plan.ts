// What an import would do, computed from the incoming file and the catalog as it is (both in the file's shape).
// Pure: the dry run shows it, and the import recomputes it inside its transaction before applying it.
import { COLLECTIONS, type CatalogFile, type CollectionName, type ImportIssue } from "@/lib/schemas/catalog-file";

export type ItemAction = "create" | "update" | "unchanged";

export interface ImportPlan {
  actions: Record<CollectionName, Map<string, ItemAction>>;
  counts: Record<CollectionName, Record<ItemAction, number>>;
  issues: ImportIssue[];
}

const META = new Set(["version", "createdAt", "updatedAt", "deletedAt"]);

/** Content equality: bookkeeping (version, timestamps) aside; trash state compared as in/out of the trash. */
function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (item: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(item)
        .filter((k) => !META.has(k) && k !== "publishedAt")
        .sort()
        .map((k) => [k, normalizeLinks(item[k])]),
    );
  return strip(a) === strip(b) && (a.deletedAt === null) === (b.deletedAt === null);
}

function normalizeLinks(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return [...(value as Array<{ slug: string; basis: string }>)].sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
}

const NOTE_TARGETS = { technique: "techniques", resource: "resources", "use-case": "useCases", domain: "domains" } as const;

export function planImport(incoming: CatalogFile, existing: CatalogFile): ImportPlan {
  const issues: ImportIssue[] = [];
  const slugs = (name: CollectionName) => new Set([...incoming[name].map((i) => i.slug), ...existing[name].map((i) => i.slug)]);
  const known: Record<CollectionName, Set<string>> = Object.fromEntries(COLLECTIONS.map((c) => [c, slugs(c)])) as Record<CollectionName, Set<string>>;

  incoming.useCases.forEach((u, i) => {
    if (!known.domains.has(u.domain)) issues.push({ path: `useCases[${i}].domain`, code: "unknownReference" });
    for (const [field, collection] of [["techniques", "techniques"], ["mechanisms", "mechanisms"], ["challenges", "challenges"], ["resources", "resources"]] as const) {
      u[field].forEach((l, j) => {
        if (!known[collection].has(l.slug)) issues.push({ path: `useCases[${i}].${field}[${j}].slug`, code: "unknownReference" });
      });
    }
  });
  incoming.notes.forEach((n, i) => {
    if (n.targetType === "page") {
      if (n.pageKey === null) issues.push({ path: `notes[${i}].pageKey`, code: "required" });
      if (n.targetSlug !== null) issues.push({ path: `notes[${i}].targetSlug`, code: "invalid" });
      return;
    }
    if (n.targetSlug === null) issues.push({ path: `notes[${i}].targetSlug`, code: "required" });
    else if (!known[NOTE_TARGETS[n.targetType]].has(n.targetSlug)) issues.push({ path: `notes[${i}].targetSlug`, code: "unknownReference" });
    if (n.pageKey !== null) issues.push({ path: `notes[${i}].pageKey`, code: "invalid" });
  });

  const actions = {} as Record<CollectionName, Map<string, ItemAction>>;
  const counts = {} as Record<CollectionName, Record<ItemAction, number>>;
  for (const name of COLLECTIONS) {
    const current = new Map((existing[name] as Array<Record<string, unknown> & { slug: string }>).map((item) => [item.slug, item]));
    const map = new Map<string, ItemAction>();
    const tally = { create: 0, update: 0, unchanged: 0 };
    for (const item of incoming[name] as Array<Record<string, unknown> & { slug: string }>) {
      const before = current.get(item.slug);
      const action: ItemAction = !before ? "create" : sameContent(item, before) ? "unchanged" : "update";
      map.set(item.slug, action);
      tally[action] += 1;
    }
    actions[name] = map;
    counts[name] = tally;
  }
  return { actions, counts, issues };
}
