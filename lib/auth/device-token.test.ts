// Issue 16, item 3: device cookies.
import { describe, expect, it } from "vitest";
import { deviceCookieFrom, deviceCookieHeader, deviceThrottleKey, newDeviceId, signDeviceToken, verifyDeviceToken } from "./device-token";

const SECRET = "device-token-test-secret-0123456789abcdef";
const now = Date.UTC(2026, 11, 6, 8);

describe("device tokens", () => {
  const token = { email: "owner@example.org", deviceId: newDeviceId(), issuedAt: now };
  const signed = signDeviceToken(token, SECRET);

  it("verify for the account they name, with the secret they were signed with", () => {
    expect(verifyDeviceToken(signed, "owner@example.org", SECRET, now + 1000)).toEqual(token);
    expect(verifyDeviceToken(signed, "someone@example.org", SECRET, now)).toBeNull();
    expect(verifyDeviceToken(signed, "owner@example.org", "another-secret-0123456789abcdef", now)).toBeNull();
  });

  it("refuse a tampered payload or signature, garbage and an expired token", () => {
    const [payload, signature] = signed.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ e: "owner@example.org", d: "A".repeat(22), t: now })).toString("base64url");
    expect(verifyDeviceToken(`${forged}.${signature}`, "owner@example.org", SECRET, now)).toBeNull();
    expect(verifyDeviceToken(`${payload}.${signature.slice(0, -2)}xx`, "owner@example.org", SECRET, now)).toBeNull();
    expect(verifyDeviceToken("garbage", "owner@example.org", SECRET, now)).toBeNull();
    expect(verifyDeviceToken(null, "owner@example.org", SECRET, now)).toBeNull();
    expect(verifyDeviceToken(signed, "owner@example.org", SECRET, now + 181 * 24 * 3600 * 1000)).toBeNull();
  });

  it("travel in an HttpOnly cookie scoped to the auth endpoints, under a key that is never an email", () => {
    expect(deviceCookieHeader("v", false)).toMatch(/^atlas\.device=v; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(deviceCookieHeader("v", true)).toMatch(/; Secure$/);
    expect(deviceCookieFrom(`a=1; atlas.device=${signed}; b=2`)).toBe(signed);
    expect(deviceCookieFrom("a=1")).toBeNull();
    expect(deviceThrottleKey("abc")).not.toContain("@");
  });
});
