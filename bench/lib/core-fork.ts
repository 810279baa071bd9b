/**
 * Entry point that ./shipped-core.ts bundles, with the regression core, into one minified module and runs in a
 * process of its own: `node core-fork.mjs RUNS` prints one JSON line, a CoreBenchResult.
 *
 * That process loads what the lab's worker loads and nothing else. In the bench's own process, under tsx and beside
 * the TypeScript copy of lib/regression, the same bundle's median fit measured 67-79 µs against 55-57 µs alone.
 */
import * as core from "../../lib/regression";
import { benchOurCore } from "./core-timing";

const runs = Number(process.argv[2] ?? "20");
console.log(JSON.stringify(benchOurCore(core, Number.isFinite(runs) && runs > 0 ? runs : 20)));
