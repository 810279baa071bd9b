// Refuses weak passwords for new accounts (admin:create and the user-management form). better-auth enforces the
// length again at sign-in; this adds the checks a length rule misses.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "repetitive" | "sequence" | "containsEmail" | "fewCharacters";

// Long-enough entries from breached-password top lists; anything built from these is refused.
const COMMON = [
  "password", "qwerty", "qwertyuiop", "asdfghjkl", "zxcvbnm", "letmein", "welcome", "admin",
  "administrator", "iloveyou", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "changeme",
  "trustno1", "abc123", "secret", "master", "superman", "starwars", "whatever", "fusionatlas", "atlas",
];

export function passwordProblem(password: string, email = ""): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return "fewCharacters";
  if (isRepetition(lower)) return "repetitive";
  if (isSequence(lower)) return "sequence";
  // "P@ssw0rd-2024!" is "password" with decorations: drop leading/trailing digits and symbols, undo common
  // substitutions, and compare; "Password1234!" likewise without substitutions.
  const core = lower.replace(/^[\d\W_]+/, "").replace(/[\d\W_]+$/, "");
  const unleet = core.replace(/[@4]/g, "a").replace(/0/g, "o").replace(/[1!|]/g, "i").replace(/3/g, "e").replace(/[$5]/g, "s");
  const letters = lower.replace(/[^a-z]/g, "");
  if (COMMON.includes(unleet) || COMMON.includes(letters)) return "common";
  const local = email.toLowerCase().split("@")[0] ?? "";
  if (local.length >= 4 && lower.includes(local)) return "containsEmail";
  return null;
}

/** "abcabcabcabc", "121212121212": one short unit repeated. */
function isRepetition(s: string): boolean {
  for (let unit = 1; unit <= s.length / 2; unit += 1) {
    if (s.length % unit !== 0 && unit > 4) continue;
    const head = s.slice(0, unit);
    if (head.repeat(Math.ceil(s.length / unit)).slice(0, s.length) === s) return true;
  }
  return false;
}

/** "123456789012", "abcdefghijkl", "987654321098": every step +1 or every step -1 (digits wrap). */
function isSequence(s: string): boolean {
  const codes = [...s].map((c) => c.charCodeAt(0));
  const steps = codes.slice(1).map((c, i) => c - (codes[i] as number));
  const up = steps.every((d) => d === 1 || d === -9);
  const down = steps.every((d) => d === -1 || d === 9);
  return up || down;
}
