// Issue 6, "Concurrency": 20 parallel saves of one entry, all from the same starting version, through the real
// editing operation on a scratch database (SQLite, or PostgreSQL when TEST_PG_URL is set). Exactly one may win;
// every other save must be the conflict result, and only the winner may leave a revision and an audit row.
import { describe, expect, it } from "vitest";
import { integrationWorld } from "../../test-support/integration-db";

const { createEntry } = await import("./create-entry");
const { updateEntry } = await import("./update-entry");
const { getEntry } = await import("./get-entry");

const PARALLEL = 20;

const world = integrationWorld({ as: "editor" });

async function counts(type: string, id: number) {
  const db = world.scratch.db;
  return {
    revisions: await db.revision.count({ where: { entityType: type, entityId: id } }),
    audits: await db.auditLog.count({ where: { entityType: type, entityId: String(id), action: "content.update" } }),
  };
}

async function race(type: "use-case" | "technique", id: number) {
  const entry = await getEntry(type, id);
  if (!entry) throw new Error(`${type} ${id} not found`);
  const before = await counts(type, id);
  const results = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) => updateEntry(type, { ...entry.values, summaryEn: `parallel save ${i}`, id, version: entry.version })),
  );
  const winners = results.filter((r) => r.ok);
  const conflicts = results.filter((r) => !r.ok && r.kind === "conflict");
  const after = await counts(type, id);
  const saved = await getEntry(type, id);
  return { entry, results, winners, conflicts, before, after, saved };
}

describe(`${PARALLEL} parallel saves of one entry with the same starting version (${process.env.TEST_PG_URL ? "postgresql" : "sqlite"})`, () => {
  it("a new entry: exactly one succeeds, the rest conflict, and revisions grow by the number of successes", async () => {
    const domain = await world.scratch.db.domain.findUniqueOrThrow({ where: { slug: "finance" } });
    const created = await createEntry("use-case", {
      slug: "parallel-saves", domainId: domain.id, titleEn: "Parallel saves", titleZh: "", summaryEn: "Start.", summaryZh: "",
      bodyEn: "", bodyZh: "", editorialEn: "", editorialZh: "", basis: "editorial", source: "editorial", externalUrl: "", position: 1, status: "published",
      techniques: [], mechanisms: [], challenges: [], resources: [],
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const r = await race("use-case", created.data.id);
    expect(r.results.filter((x) => !x.ok && x.kind !== "conflict")).toEqual([]);
    expect(r.winners).toHaveLength(1);
    expect(r.conflicts).toHaveLength(PARALLEL - 1);
    for (const c of r.conflicts) if (!c.ok) expect(c.message).toMatch(/conflict/i);
    expect(r.after.revisions - r.before.revisions).toBe(r.winners.length);
    expect(r.after.audits - r.before.audits).toBe(r.winners.length);
    expect(r.saved?.version).toBe(r.entry.version + 1);
    const winner = r.winners[0];
    if (winner?.ok) expect(winner.data.version).toBe(r.entry.version + 1);
  });

  it("a seeded entry (revision 1 from the seed's import): still exactly one success", async () => {
    const technique = await world.scratch.db.technique.findUniqueOrThrow({ where: { slug: "speech" } });
    const r = await race("technique", technique.id);
    expect(r.results.filter((x) => !x.ok && x.kind !== "conflict")).toEqual([]);
    expect(r.winners).toHaveLength(1);
    expect(r.conflicts).toHaveLength(PARALLEL - 1);
    // The seed's import revision, plus the winner's.
    const revisions = await world.scratch.db.revision.findMany({ where: { entityType: "technique", entityId: technique.id }, orderBy: { version: "asc" } });
    expect(revisions.map((x) => x.action)).toEqual(["import", "update"]);
    expect(revisions.filter((x) => x.action === "update")).toHaveLength(r.winners.length);
    expect(r.after.audits - r.before.audits).toBe(r.winners.length);
  });
});
