import { describe, expect, it } from "vitest";
import { errorCode, requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  const generate = () => "generated-id";
  it("keeps a proxy's plain-token id", () => {
    expect(requestIdFrom("5f0c2a9e-1b2c-4d5e-8f90-123456789abc", generate)).toBe("5f0c2a9e-1b2c-4d5e-8f90-123456789abc");
    expect(requestIdFrom(["lb:1234567", "other"], generate)).toBe("lb:1234567");
  });
  it("replaces a missing, short, long or unsafe one (it goes into every log line)", () => {
    expect(requestIdFrom(undefined, generate)).toBe("generated-id");
    expect(requestIdFrom("abc", generate)).toBe("generated-id");
    expect(requestIdFrom("x".repeat(129), generate)).toBe("generated-id");
    expect(requestIdFrom("abcdefgh\nINFO forged line", generate)).toBe("generated-id");
    expect(requestIdFrom('abcdefgh" level=info', generate)).toBe("generated-id");
  });
});

describe("errorCode", () => {
  it("is the error's own code (Prisma, pg SQLSTATE, Node), else the code of its cause, else its name", () => {
    expect(errorCode(Object.assign(new Error("x"), { code: "P1001" }))).toBe("P1001");
    expect(errorCode(Object.assign(new Error("x"), { code: "57P03" }))).toBe("57P03");
    expect(errorCode(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }))).toBe("ECONNRESET");
    expect(errorCode(new TypeError("x"))).toBe("TypeError");
    expect(errorCode("a string")).toBe("Error");
  });
  it("survives a cycle of causes", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(errorCode(a)).toBe("Error");
  });
});
