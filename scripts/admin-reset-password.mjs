#!/usr/bin/env node
// `npm run admin:reset-password -- --email ada@example.org [--locale zh]`
// Prints a one-time link (valid 30 minutes) that sets a new password for the account and ends all its sessions.
// There is no mail server: whoever has shell access hands the link over. Only a hash of the token is stored.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { prepareEnv, ROOT, fail } from "./lib/env.mjs";
import { ensureClientFor } from "./lib/build.mjs";

const { provider } = prepareEnv();
ensureClientFor(provider);
const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
// The account code is the app's own (lib/auth, `server-only`), loaded under the react-server condition as in Next.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() };
const result = spawnSync(process.execPath, [tsx, path.join(ROOT, "scripts", "admin-reset-password.ts"), ...process.argv.slice(2)], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
if (result.status !== 0) fail("admin:reset-password did not make a link (see above).");
