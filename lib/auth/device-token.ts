// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"; issue 16, item 3). A browser that
// has signed in to an account carries a signed token naming that account; its sign-in attempts are limited on their
// own, so strangers' failures for the same email cannot lock the owner out. Pure apart from node:crypto.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "atlas.device";
export const DEVICE_TOKEN_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export interface DeviceToken {
  email: string;
  deviceId: string;
  issuedAt: number;
}

function mac(payload: string, secret: string): string {
  return createHmac("sha256", `fusion-atlas device token\n${secret}`).update(payload).digest("base64url");
}

export function newDeviceId(): string {
  return randomBytes(16).toString("base64url");
}

export function signDeviceToken(token: DeviceToken, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ e: token.email, d: token.deviceId, t: token.issuedAt })).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

/** The token's content when its signature is ours, it is not expired and it names `email`; otherwise null. */
export function verifyDeviceToken(value: string | null | undefined, email: string, secret: string, now = Date.now()): DeviceToken | null {
  if (!value || value.length > 1024 || !secret) return null;
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { e?: unknown; d?: unknown; t?: unknown };
    if (typeof data.e !== "string" || typeof data.d !== "string" || typeof data.t !== "number") return null;
    if (data.e !== email || !/^[A-Za-z0-9_-]{16,64}$/.test(data.d)) return null;
    if (data.t > now + 60_000 || now - data.t > DEVICE_TOKEN_MAX_AGE_SECONDS * 1000) return null;
    return { email: data.e, deviceId: data.d, issuedAt: data.t };
  } catch {
    return null;
  }
}

/** The key under which a known device's attempts are counted (never a valid email, so never an email's bucket). */
export function deviceThrottleKey(deviceId: string): string {
  return `device:${deviceId}`;
}

/** The device cookie's value from a Cookie header. */
export function deviceCookieFrom(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === DEVICE_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

export function deviceCookieHeader(value: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${DEVICE_TOKEN_MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
