import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/** A unique index refused the write (two saves racing for one slug or email). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return error instanceof Error && /unique constraint/i.test(error.message);
}
