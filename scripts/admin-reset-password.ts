// The TypeScript half of `npm run admin:reset-password` (scripts/admin-reset-password.mjs prepares the environment).
import { parseArgs } from "node:util";
import { createPasswordResetToken } from "../lib/auth/account-password";
import { appUrl } from "../lib/auth/origins";
import { RESET_LINK_MINUTES, resetLink } from "../lib/auth/password-reset-token";
import { db } from "../lib/db/client";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run admin:reset-password -- --email <email> [--locale en|zh]`);
  process.exit(2);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, locale: { type: "string", default: "en" } }, strict: true });
  if (!values.email) usage("--email is required.");
  if (values.locale !== "en" && values.locale !== "zh") usage(`--locale must be "en" or "zh"; got "${values.locale}".`);
  const result = await createPasswordResetToken(values.email, "cli:admin:reset-password");
  if (!result.ok) {
    console.error(result.problem === "disabled" ? "That account is disabled; enable it first. No link was made." : "No user has that email. No link was made.");
    return 1;
  }
  console.log(`One-time link for ${result.email}, valid for ${RESET_LINK_MINUTES} minutes (until ${result.expiresAt.toISOString()}):`);
  console.log(resetLink(appUrl(), result.token, values.locale));
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await db.$disconnect().catch(() => undefined);
    process.exit(1);
  });
