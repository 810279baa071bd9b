import "server-only";
import type { PrismaClient } from "./generated/client";
import type { DelegateName } from "@/lib/schemas/registry";
import type { Prisma } from "./generated/client";

type Tx = Prisma.TransactionClient;

/** A row of a catalog table, column for column. */
export type Row = Record<string, unknown> & { id: number; slug: string; version: number; status: string; deletedAt: Date | null; updatedAt: Date };

/**
 * The part of a Prisma delegate the registry-driven code uses (the adapter of a table entity, import and export),
 * reached by the delegate's name from lib/schemas/registry.ts. Each model's own delegate has these methods; their
 * argument types differ per model, which is why the name is resolved here, once, and not at every call.
 */
export interface TableAccess {
  findUnique(args: { where: { id: number } | { slug: string }; select?: Record<string, true> }): Promise<Row | null>;
  findFirst(args: { where: Record<string, unknown>; select?: Record<string, true> }): Promise<Row | null>;
  findMany(args?: { where?: Record<string, unknown>; orderBy?: ReadonlyArray<Record<string, "asc" | "desc">>; select?: Record<string, unknown> }): Promise<Row[]>;
  create(args: { data: Record<string, unknown> }): Promise<Row>;
  update(args: { where: { id: number }; data: Record<string, unknown> }): Promise<Row>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  delete(args: { where: { id: number } }): Promise<unknown>;
}

export function tableOf(client: Tx | PrismaClient, delegate: DelegateName): TableAccess {
  return (client as unknown as Record<DelegateName, TableAccess>)[delegate];
}
