// Optional read replicas (DATABASE_REPLICA_URLS) through @prisma/extension-read-replicas 0.4.1. With a driver adapter
// the extension cannot build replica clients from URLs (it would call `new PrismaClient({ datasourceUrl })`, which an
// adapter-only client rejects), so each replica gets its own client and adapter here and goes in as `replicas`.
//
// Routing (the extension's rules): model reads (findMany, findUnique, count, aggregate, groupBy, …) outside a
// transaction go to a random replica; writes, raw queries and everything inside $transaction go to the primary;
// `$primary()` forces the primary. Raw reads opt in with `rawReadsOnReplica` (the explorer's SQL).
//
// The app exposes two handles (lib/db/client.ts): `db`, the primary, for everything that writes or must read its own
// writes (admin, auth, throttling, health); `catalogDb`, routed, for public catalog reads only.
import { readReplicas } from "@prisma/extension-read-replicas";
import { parseReplicaUrls } from "./replicas-config.mjs";
import type { PrismaClient } from "./generated/client";

/** The replica URLs from DATABASE_REPLICA_URLS; throws one message listing every bad entry. */
export function replicaUrlsFromEnv(env: { DATABASE_REPLICA_URLS?: string }, primaryUrl: string): string[] {
  const { urls, errors } = parseReplicaUrls(env.DATABASE_REPLICA_URLS, primaryUrl);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return urls;
}

/** `primary` with model reads routed to `replicas`. */
export function routeReads(primary: PrismaClient, replicas: PrismaClient[]) {
  return primary.$extends(readReplicas({ replicas }));
}

export type RoutedClient = ReturnType<typeof routeReads>;

/** The explorer's handle: raw reads on a replica (one picked per query), never inside a transaction. */
export function rawReadsOnReplica(client: RoutedClient, pinned?: PrismaClient) {
  return {
    $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> {
      return pinned ? pinned.$queryRawUnsafe<T>(query, ...values) : client.$replica().$queryRawUnsafe<T>(query, ...values);
    },
  };
}
