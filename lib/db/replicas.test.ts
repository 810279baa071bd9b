// Read-replica routing against real databases: a primary and a "replica" that hold different rows (two scratch
// databases of the suite's provider: SQLite files, or PostgreSQL databases in the PostgreSQL phase), so every read
// shows which one it hit.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendFor } from "@/lib/catalog/explore/backends";
import { createExploreEngine } from "@/lib/catalog/explore/engine";
import { createScratchDb, type ScratchDb } from "@/test-support/scratch-db";
import { parseReplicaUrls } from "./replicas-config.mjs";
import { rawReadsOnReplica, replicaUrlsFromEnv, routeReads, type RoutedClient } from "./replicas";

describe("read replicas", () => {
  let primary: ScratchDb;
  let replica: ScratchDb;
  let routed: RoutedClient;

  const slugs = async (client: { domain: { findMany(args: { select: { slug: true }; orderBy: { slug: "asc" } }): Promise<Array<{ slug: string }>> } }) =>
    (await client.domain.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((d) => d.slug);

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createScratchDb(), createScratchDb()]);
    await primary.db.domain.create({ data: { slug: "on-primary", nameEn: "Primary" } });
    await replica.db.domain.create({ data: { slug: "on-replica", nameEn: "Replica" } });
    routed = routeReads(primary.db, [replica.db]);
  });
  afterAll(async () => {
    await primary?.cleanup();
    await replica?.cleanup();
  });

  it("sends catalog reads (model reads and the explorer's raw SQL) to the replica", async () => {
    expect(await slugs(routed)).toEqual(["on-replica"]);
    expect(await routed.domain.count()).toBe(1);
    const explorer = createExploreEngine(backendFor(rawReadsOnReplica(routed), primary.provider));
    expect((await explorer.vocabulary()).domain.map((d) => d.slug)).toEqual(["on-replica"]);
  });

  it("sends writes to the primary", async () => {
    await routed.domain.create({ data: { slug: "written", nameEn: "Written" } });
    await routed.domain.updateMany({ where: { slug: "on-primary" }, data: { nameZh: "主库" } });
    expect(await slugs(primary.db)).toEqual(["on-primary", "written"]);
    expect(await slugs(replica.db)).toEqual(["on-replica"]);
    expect((await primary.db.domain.findUnique({ where: { slug: "on-primary" } }))?.nameZh).toBe("主库");
  });

  it("reads its own writes inside a transaction and through $primary()", async () => {
    const seen = await routed.$transaction(async (tx) => {
      await tx.domain.create({ data: { slug: "in-tx", nameEn: "Tx" } });
      return tx.domain.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    });
    expect(seen.map((d) => d.slug)).toEqual(["in-tx", "on-primary", "written"]);
    expect(await slugs(routed.$primary())).toEqual(["in-tx", "on-primary", "written"]);
  });

  it("keeps the editing path on the primary: `db` is the primary, and editing/auth code never imports the routed client", async () => {
    // lib/db/client.ts hands the primary out as `db` and the routed client as `catalogDb`/`catalogRaw` only.
    expect(await slugs(primary.db)).toContain("on-primary");
    const root = path.resolve(__dirname, "..", "..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && /\bcatalog(Db|Raw)\b/.test(fs.readFileSync(file, "utf8"))) offenders.push(path.relative(root, file));
      }
    };
    for (const dir of ["lib/editing", "lib/auth", "lib/health", "app/[locale]/admin", "app/api/auth"]) {
      if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
    }
    expect(offenders).toEqual([]);
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  const pgPrimary = "postgresql://app@db-primary:5432/atlas";

  it("is optional and comma-separated", () => {
    expect(parseReplicaUrls(undefined, pgPrimary)).toEqual({ urls: [], errors: [] });
    expect(parseReplicaUrls(" , ", pgPrimary)).toEqual({ urls: [], errors: [] });
    expect(parseReplicaUrls("postgres://r1:5432/atlas, postgresql://u:pw@r2/atlas", pgPrimary).urls).toEqual([
      "postgres://r1:5432/atlas",
      "postgresql://u:pw@r2/atlas",
    ]);
  });

  it("names each bad entry once, without its password", () => {
    const { urls, errors } = parseReplicaUrls("postgres://ok/atlas,mysql://u:secret@h/x,not a url", pgPrimary);
    expect(urls).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("entry 2");
    expect(errors[0]).not.toContain("secret");
    expect(errors[1]).toContain("entry 3");
  });

  it("needs a PostgreSQL primary", () => {
    expect(parseReplicaUrls("postgres://r1/atlas", "file:./data/atlas.db").errors).toEqual([
      "DATABASE_REPLICA_URLS is set, but DATABASE_URL is not PostgreSQL: read replicas need a PostgreSQL primary.",
    ]);
    expect(() => replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: "postgres://" }, pgPrimary)).toThrow(/entry 1/);
  });
});
