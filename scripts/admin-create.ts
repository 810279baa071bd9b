// The TypeScript half of `npm run admin:create` (scripts/admin-create.mjs prepares the environment and database).
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createUserAccount } from "../lib/users/create-account";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password-policy";
import type { StrengthProblem } from "../lib/auth/password-strength";
import { WEAK_REASON_TEXT } from "./lib/weak-password-text";
import { isRole } from "../lib/auth/roles";
import { db } from "../lib/db/client";

const PROBLEMS: Record<StrengthProblem | "exists" | "invalidEmail", string> = {
  ...WEAK_REASON_TEXT,
  tooShort: `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
  tooLong: "The password is too long (at most 128 characters).",
  common: "That password is on the lists attackers try first; choose another.",
  repetitive: "The password repeats a short pattern; choose another.",
  sequence: "The password is a simple sequence; choose another.",
  containsEmail: "The password contains the email's name; choose another.",
  fewCharacters: "The password uses too few different characters; choose another.",
  exists: "A user with that email already exists; nothing was changed.",
  invalidEmail: "That is not a valid email address.",
};

function usage(message: string): never {
  console.error(`${message}\nusage: npm run admin:create -- --email <email> [--name <name>] [--role admin|editor]\n` +
    "The password is read from ADMIN_PASSWORD, or asked for (hidden) when unset.");
  process.exit(2);
}

/** Reads a line without echoing it on a terminal; reads one line from a pipe otherwise. */
async function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const rl = readline.createInterface({ input });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return "";
  }
  return new Promise((resolve) => {
    // Raw mode before the question, so that nothing typed after it is echoed.
    input.setRawMode(true);
    process.stdout.write(question);
    input.resume();
    input.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          input.setRawMode(false);
          input.pause();
          input.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          process.stdout.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on("data", onData);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
    strict: true,
  });
  if (!values.email) usage("--email is required.");
  if (!isRole(values.role)) usage(`--role must be "admin" or "editor"; got "${values.role}".`);

  let password = process.env.ADMIN_PASSWORD ?? "";
  if (password === "") {
    password = await promptHidden("Password (at least 12 characters): ");
    const again = process.stdin.isTTY ? await promptHidden("Repeat the password: ") : password;
    if (again !== password) {
      console.error("The two passwords differ; nothing was changed.");
      return 1;
    }
  }

  const result = await createUserAccount(
    { email: values.email, name: values.name ?? "", role: values.role, password },
    null,
    "cli:admin:create",
  );
  if (!result.ok) {
    console.error(PROBLEMS[result.problem]);
    return 1;
  }
  console.log(`Created ${values.role} ${values.email.trim().toLowerCase()}.`);
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
