import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { testProvider } from "../test-support/scratch-db";
import { backup } from "./db-backup.mjs";

describe.skipIf(testProvider !== "sqlite")("db:backup (SQLite)", () => {
  it("makes a consistent copy while writes go on, and the copy restores", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-backup-"));
    const file = path.join(dir, "live.db");
    const live = new Database(file);
    live.pragma("journal_mode = WAL");
    live.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    const insert = live.prepare("INSERT INTO t (v) VALUES (?)");
    for (let i = 0; i < 2000; i++) insert.run(`row ${i}`);

    // Keep writing while the backup runs.
    let writes = 0;
    const writer = setInterval(() => {
      insert.run(`during ${writes++}`);
    }, 1);
    const out = path.join(dir, "backup.db");
    await backup(`file:${file}`, out);
    clearInterval(writer);

    const copy = new Database(out, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const copied = (copy.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n;
    expect(copied).toBeGreaterThanOrEqual(2000);
    // Every row in the copy is identical to the live database's row (a consistent prefix, nothing torn).
    const rows = copy.prepare("SELECT id, v FROM t ORDER BY id").all() as Array<{ id: number; v: string }>;
    const liveRows = new Map((live.prepare("SELECT id, v FROM t").all() as Array<{ id: number; v: string }>).map((r) => [r.id, r.v]));
    for (const r of rows) expect(liveRows.get(r.id)).toBe(r.v);
    copy.close();

    // Restore = copy the file back into place while the app is stopped; the restored database opens and matches.
    live.close();
    const restored = path.join(dir, "restored.db");
    fs.copyFileSync(out, restored);
    const db = new Database(restored, { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n).toBe(copied);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
