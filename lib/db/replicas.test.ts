// Read-replica routing against real databases: a primary and a "replica" that hold different rows (two scratch
// databases of the suite's provider: SQLite files, or PostgreSQL databases in the PostgreSQL phase), so every read
// shows which one it hit.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendFor } from "@/lib/catalog/explore/backends";
import { createExploreEngine } from "@/lib/catalog/explore/engine";
import { createScratchDb, type ScratchDb } from "@/test-support/scratch-db";
import type { PrismaClient } from "./generated/client";
import { parseReplicaUrls } from "./replicas-config.mjs";
import { createReplicaRouter, type ReplicaRouter } from "./replica-router";
import { databaseLabel, replicaUrlsFromEnv } from "./replicas";

describe("read replicas", () => {
  let primary: ScratchDb;
  let replica: ScratchDb;
  let router: ReplicaRouter<PrismaClient>;

  const slugs = async (client: PrismaClient) => (await client.domain.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((d) => d.slug);
  const versionOf = async (client: PrismaClient) => (await client.catalogState.findUnique({ where: { id: 1 } }))?.version ?? 0;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createScratchDb(), createScratchDb()]);
    await primary.db.domain.create({ data: { slug: "on-primary", nameEn: "Primary" } });
    await replica.db.domain.create({ data: { slug: "on-replica", nameEn: "Replica" } });
    router = createReplicaRouter({ primary: primary.db, replicas: [replica.db], probe: (c) => c.$queryRawUnsafe("SELECT 1"), versionOf });
  });
  afterAll(async () => {
    await primary?.cleanup();
    await replica?.cleanup();
  });

  it("sends catalog reads (model reads and the explorer's raw SQL) to the replica", async () => {
    expect(await router.read(slugs)).toEqual(["on-replica"]);
    const explorer = (client: PrismaClient) => createExploreEngine(backendFor(client, primary.provider)).vocabulary();
    expect((await router.read(explorer)).domain.map((d) => d.slug)).toEqual(["on-replica"]);
  });

  it("reads from the primary while the replica has not reached the catalog version being cached", async () => {
    const current = await versionOf(replica.db);
    expect(await router.read(slugs, { minVersion: current })).toEqual(["on-replica"]);
    expect(await router.read(slugs, { minVersion: current + 1 })).toEqual(["on-primary"]);
  });

  it("sends the reads of a replica that cannot be reached to the primary, and reports it down", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const dead = new Proxy(replica.db, {
      get: (target, key) => (key === "domain" ? { findMany: () => Promise.reject(refused) } : Reflect.get(target, key)),
    });
    const withDead = createReplicaRouter({ primary: primary.db, replicas: [dead], probe: () => Promise.reject(refused) });
    expect(await withDead.read(slugs)).toEqual(["on-primary"]);
    expect(withDead.health.snapshot()[0]).toMatchObject({ up: false, lastError: "ECONNREFUSED" });
    expect(await withDead.read(slugs)).toEqual(["on-primary"]);
  });

  it("keeps the editing path on the primary: editing, auth and health code never read through the router", async () => {
    const root = path.resolve(__dirname, "..", "..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && /\broutedRead\b/.test(fs.readFileSync(file, "utf8"))) offenders.push(path.relative(root, file));
      }
    };
    for (const dir of ["lib/editing", "lib/auth", "lib/health", "app/[locale]/admin", "app/api/auth"]) {
      if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
    }
    expect(offenders).toEqual([]);
  });

  it("labels a database without its credentials", () => {
    expect(databaseLabel("postgresql://app:secret@db-1.example.org:5433/atlas")).toBe("db-1.example.org:5433/atlas");
    expect(databaseLabel("postgres://r1/atlas")).toBe("r1:5432/atlas");
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
