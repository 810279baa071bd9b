/**
 * Entry point that ./shipped-core.ts bundles (without TensorFlow.js itself) and runs in a process of its own:
 * `node tfjs-fork.mjs RUNS PROJECT_PACKAGE_JSON` loads @tensorflow/tfjs from the project's node_modules and prints one
 * JSON line, a TfjsBenchResult, the same way ./core-fork.ts times our core.
 */
import { createRequire } from "node:module";
import * as core from "../../lib/regression";
import { benchTfjs, type Tf } from "./tfjs-timing";

const runs = Number(process.argv[2] ?? "20");
const from = process.argv[3];
if (!from) throw new Error("usage: tfjs-fork.mjs RUNS PROJECT_PACKAGE_JSON");
const tf = createRequire(from)("@tensorflow/tfjs") as Tf;
void benchTfjs(tf, core, Number.isFinite(runs) && runs > 0 ? runs : 20).then((result) => console.log(JSON.stringify(result)));
