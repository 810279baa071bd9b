import { describe, expect, it } from "vitest";
import { isTransactionTimeout } from "./transaction-timeout";

// The shapes the Prisma client throws (PrismaClientKnownRequestError: code, message), as seen from Prisma 6.19.
const prismaError = (code: string, message: string) => Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });

describe("isTransactionTimeout", () => {
  it("recognises a query or a commit on an expired interactive transaction, and one that could not start in time", () => {
    expect(
      isTransactionTimeout(
        prismaError("P2028", "Invalid `tx.useCase.create()` invocation:\n\nTransaction API error: A query cannot be executed on an expired transaction. The timeout for this transaction was 120000 ms, however 120315 ms passed since the start of the transaction."),
      ),
    ).toBe(true);
    expect(isTransactionTimeout(prismaError("P2028", "Transaction API error: A commit cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms"))).toBe(true);
    expect(isTransactionTimeout(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    expect(isTransactionTimeout(new Error("wrapped", { cause: prismaError("P2028", "Transaction API error: Transaction already closed: A query cannot be executed on an expired transaction.") }))).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isTransactionTimeout(prismaError("P2002", "Unique constraint failed on the fields: (`slug`)"))).toBe(false);
    expect(isTransactionTimeout(prismaError("P2028", "Transaction API error: Transaction not found."))).toBe(false);
    expect(isTransactionTimeout(new Error("import: domains \"x\" does not exist"))).toBe(false);
    expect(isTransactionTimeout(null)).toBe(false);
    expect(isTransactionTimeout("timeout")).toBe(false);
  });
});
