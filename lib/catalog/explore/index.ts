// The explorer engine bound to the app's database client. Everything else in this folder is plain code that takes a
// client as a parameter (the benchmark constructs its own). Its reads go to a read replica when there are any.
import "server-only";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { catalogRaw } from "@/lib/db/client";
import { cachedEngine } from "../cached-engine";
import { backendFor } from "./backends";
import { createExploreEngine } from "./engine";

export const explorer = cachedEngine(createExploreEngine(backendFor(catalogRaw, providerOf(databaseUrl()))));
export { ExploreInputError, type ExploreResult } from "./engine";
