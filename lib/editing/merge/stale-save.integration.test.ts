import { describe, expect, it } from "vitest";
import { integrationWorld } from "../../../test-support/integration-db";

const { updateEntry } = await import("../update-entry");
const { getEntry } = await import("../get-entry");

const world = integrationWorld({ as: "editor" });

async function technique(slug: string) {
  const row = await world.scratch.db.technique.findUniqueOrThrow({ where: { slug } });
  const entry = await getEntry("technique", row.id);
  if (!entry) throw new Error("missing");
  return entry;
}

describe("a save made on an older version", () => {
  it("merges when the two edits touch different fields, and records the merge", async () => {
    const loaded = await technique("speech");
    const first = await updateEntry("technique", { ...loaded.values, summaryEn: "Theirs summary", id: loaded.id, version: loaded.version });
    expect(first.ok).toBe(true);
    const second = await updateEntry("technique", { ...loaded.values, nameEn: "My name", id: loaded.id, version: loaded.version });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.data.version).toBe(loaded.version + 2);
    expect(second.data.merged).toMatchObject({ withVersion: loaded.version + 1, kept: ["summaryEn"] });
    const saved = await getEntry("technique", loaded.id);
    expect(saved?.values).toMatchObject({ summaryEn: "Theirs summary", nameEn: "My name" });
    const revision = await world.scratch.db.revision.findFirstOrThrow({ where: { entityType: "technique", entityId: loaded.id, version: loaded.version + 2 } });
    expect(revision.action).toBe("merge");
  });

  it("a true conflict carries base, theirs and yours, and writes nothing", async () => {
    const loaded = await technique("speech");
    const base = loaded.values.summaryEn;
    expect((await updateEntry("technique", { ...loaded.values, summaryEn: "A", id: loaded.id, version: loaded.version })).ok).toBe(true);
    const r = await updateEntry("technique", { ...loaded.values, summaryEn: "B", nameEn: "Other", id: loaded.id, version: loaded.version });
    expect(r.ok).toBe(false);
    if (r.ok || r.kind !== "conflict") throw new Error(JSON.stringify(r));
    expect(r.message).toMatch(/conflict/i);
    expect(r.conflicts).toEqual([{ field: "summaryEn", base, theirs: "A", yours: "B" }]);
    expect(r.baseVersion).toBe(loaded.version);
    const saved = await getEntry("technique", loaded.id);
    expect(saved?.version).toBe(loaded.version + 1);
    expect(saved?.values.nameEn).not.toBe("Other");
  });
});
