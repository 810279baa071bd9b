// bench/explorer-profile.ts: where a 100k explorer query's time goes. Runs the bench's query mix on one database
// (default: a --keep folder's explorer-100000.db), timing each phase of the SQLite backend separately with the
// backend's own phase hook (EXPLORER_PHASES), and prints the mean per phase and query kind.
//
//   node scripts/run-ts.mjs bench/explorer-profile.ts DB_FILE [ROUNDS]
import os from "node:os";
import { createAdapter } from "../lib/db/adapter";
import { PrismaClient } from "../lib/db/generated/client";
import { createExploreEngine } from "../lib/catalog/explore/engine";
import { createSqliteBackend, type PhaseTimer } from "../lib/catalog/explore/sqlite-backend";
import { queryKinds } from "./explorer-queries";

async function main(): Promise<void> {
  const file = process.argv[2];
  const rounds = Number(process.argv[3] ?? 5);
  if (!file) throw new Error("usage: bench/explorer-profile.ts DB_FILE [ROUNDS]");
  const client = new PrismaClient({ adapter: createAdapter(`file:${file}`) });
  const phases = new Map<string, number>();
  const timer: PhaseTimer = (phase, ms) => phases.set(phase, (phases.get(phase) ?? 0) + ms);
  const engine = createExploreEngine(createSqliteBackend(client, timer));
  const kinds = queryKinds();
  console.log(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  for (const kind of kinds) {
    for (const q of kind.queries) await engine.explore(q); // warm-up
    phases.clear();
    let total = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of kind.queries) {
        const started = performance.now();
        await engine.explore(q);
        total += performance.now() - started;
      }
    }
    const n = rounds * kind.queries.length;
    const parts = [...phases].map(([p, ms]) => `${p} ${(ms / n).toFixed(2)}`).join(", ");
    console.log(`${kind.name.padEnd(22)} total ${(total / n).toFixed(2)} ms/query: ${parts}`);
  }
  await client.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
