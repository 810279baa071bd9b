import { describe, expect, it } from "vitest";
import { invalid, timedOut, unavailable } from "../types";
import { importFailureResponse } from "./import-failure-response";
import { IMPORT_TIMED_OUT } from "./import-catalog";

describe("the import API's failure answers", () => {
  it("an apply past its time limit: 503 'timeout' saying nothing was changed, with Retry-After (never a 500)", async () => {
    const response = importFailureResponse(timedOut(IMPORT_TIMED_OUT));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("timeout");
    expect(body.error.message).toMatch(/took too long/);
    expect(body.error.message).toMatch(/nothing was changed/);
  });

  it("an unreachable database stays 503 'unavailable'; other failures keep their kind and status", async () => {
    const down = importFailureResponse(unavailable());
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    const bad = importFailureResponse(invalid({}));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("retry-after")).toBeNull();
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid");
  });
});
