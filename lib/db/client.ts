import "server-only";
import { databaseUrl } from "@/config/database.mjs";
import { createAdapter } from "./adapter";
import { PrismaClient } from "./generated/client";

// One client per process, kept on globalThis so dev-mode module reloads do not open new connections.
// The generated client matches the provider this build was made for (npm start regenerates when it changes).
const globalForPrisma = globalThis as unknown as { fusionAtlasPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.fusionAtlasPrisma ?? new PrismaClient({ adapter: createAdapter(databaseUrl()) });
globalForPrisma.fusionAtlasPrisma = db;
