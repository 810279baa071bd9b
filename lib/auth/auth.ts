import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { db } from "@/lib/db/client";
import { appUrl, servedOverHttps, trustedOrigins } from "./origins";
import { PEER_HEADER, trustedProxyHops } from "./request-meta";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { ABSOLUTE_SESSION_SECONDS } from "./session-policy";

function createAuth() {
  return betterAuth({
    appName: "Fusion Atlas",
    baseURL: appUrl(),
    basePath: "/api/auth",
    // npm start generates and stores one (scripts/lib/env.mjs); better-auth refuses to run in production without it.
    secret: process.env.BETTER_AUTH_SECRET,
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(db, { provider: providerOf(databaseUrl()) }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts come from `npm run admin:create` and the admins' user management only.
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // Hashing is better-auth's default: scrypt (N=16384, r=16, p=1, 64-byte key, random 16-byte salt).
    },
    session: {
      // The absolute expiry: fixed at sign-in because refresh is off. The idle expiry is the guard's
      // (lib/auth/session-policy.ts), measured from the session's last activity.
      expiresIn: ABSOLUTE_SESSION_SECONDS,
      disableSessionRefresh: true,
      // Every check reads the database, so a sign-out, a disabled user or a role change applies at once everywhere.
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "editor", input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    // DESIGN.md: our own database-backed throttle replaces better-auth's in-memory, per-instance limiter.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: servedOverHttps(),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: servedOverHttps(), path: "/" },
      cookiePrefix: "atlas",
      // The address stored with a session follows the one client-address rule (lib/auth/request-meta.ts).
      ipAddress: { ipAddressHeaders: trustedProxyHops() > 0 ? ["x-forwarded-for"] : [PEER_HEADER, "x-forwarded-for"] },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session even with the right password (the route reports the usual
          // "invalid email or password", so this reveals nothing).
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user !== null && !user.disabled;
          },
        },
      },
    },
    // Must be last: lets server actions (sign-out) set and clear cookies through next/headers.
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { fusionAtlasAuth?: Auth };

/** Created on first use, not at import, so that builds and imports never need the secret. */
export function getAuth(): Auth {
  globalForAuth.fusionAtlasAuth ??= createAuth();
  return globalForAuth.fusionAtlasAuth;
}
