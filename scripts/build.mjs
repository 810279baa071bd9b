#!/usr/bin/env node
// `npm run build`: generate the client for the active provider and build afresh.
import { prepareEnv } from "./lib/env.mjs";
import { build, ensureClient } from "./lib/build.mjs";

const { provider } = prepareEnv();
ensureClient(provider, { force: true });
build(provider);
