// The SQLite backend keeps the facet bitmaps it read until the database's version moves (./versioned.ts): every kind
// of write must be seen by the next query. Its answers are compared with the portable backend's (plain SQL over the
// base tables, nothing kept) after writes through the app's client, through another connection, and, for a client
// that reads and writes on a single connection, through that same connection.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalog } from "@/bench/explorer-data";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import { createExploreEngine, type ExploreResult } from "./engine";
import { createPortableBackend } from "./portable-backend";
import { createSqliteBackend } from "./sqlite-backend";
import type { RawQueryClient } from "./sql";

type Scratch = Awaited<ReturnType<typeof createScratchDb>>;

const SEARCHES = ["", "technique=computer-vision", "domain=healthcare&technique=deep-learning", "q=route&domain=logistics", "basis=article&sort=updated"];

function view(r: ExploreResult) {
  return { total: r.total, ids: r.items.map((i) => i.id), facets: r.facets };
}

async function answers(engine: ReturnType<typeof createExploreEngine>) {
  const out = [];
  for (const search of SEARCHES) {
    const parsed = parseExploreQuery(new URLSearchParams(search));
    if (!parsed.ok) throw new Error(parsed.error.message);
    out.push(view(await engine.explore(parsed.query)));
  }
  return out;
}

/** A client on one better-sqlite3 connection for reads and writes alike (no read connection of its own). */
function singleConnection(raw: Database.Database): RawQueryClient & { exec(sql: string): void } {
  return {
    async $queryRawUnsafe<T>(text: string, ...values: unknown[]): Promise<T> {
      const statement = raw.prepare(text);
      return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T;
    },
    exec: (text: string) => raw.exec(text),
  };
}

const EDITS = [
  "UPDATE UseCase SET status = 'draft' WHERE id % 7 = 0",
  "UPDATE UseCase SET domainId = 1 + (id % 3) WHERE id % 5 = 0",
  "DELETE FROM UseCaseTechnique WHERE useCaseId % 3 = 0",
  "UPDATE UseCase SET basis = 'article' WHERE id % 4 = 0",
  "UPDATE UseCase SET status = 'published' WHERE id % 14 = 0",
];

describe.skipIf(testProvider !== "sqlite")("SQLite explorer bitmaps kept per database version", () => {
  let scratch: Scratch;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const raw = new Database(scratch.file!);
    generateCatalog(raw, 300, 11);
    raw.close();
  });
  afterAll(async () => scratch.cleanup());

  it("sees writes made through the app's client and through another connection", async () => {
    const native = createExploreEngine(createSqliteBackend(scratch.db));
    const portable = createExploreEngine(createPortableBackend(scratch.db, "sqlite"));
    const before = await answers(native);
    expect(before).toEqual(await answers(portable));
    // Through the app's client (its writing connection).
    await scratch.db.$executeRawUnsafe(EDITS[0]);
    const afterOwn = await answers(native);
    expect(afterOwn).toEqual(await answers(portable));
    expect(afterOwn).not.toEqual(before);
    // Through another connection, as another process would.
    const other = new Database(scratch.file!);
    other.exec(EDITS[1]);
    other.close();
    const afterOther = await answers(native);
    expect(afterOther).toEqual(await answers(portable));
    expect(afterOther).not.toEqual(afterOwn);
  });

  it("sees writes made on the very connection it reads on", async () => {
    const raw = new Database(scratch.file!);
    try {
      const client = singleConnection(raw);
      const native = createExploreEngine(createSqliteBackend(client));
      const portable = createExploreEngine(createPortableBackend(client, "sqlite"));
      let previous = await answers(native);
      expect(previous).toEqual(await answers(portable));
      for (const edit of EDITS.slice(2)) {
        client.exec(edit);
        const now = await answers(native);
        expect(now).toEqual(await answers(portable));
        expect(now).not.toEqual(previous);
        previous = now;
      }
    } finally {
      raw.close();
    }
  });
});
