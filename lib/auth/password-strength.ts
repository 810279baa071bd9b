// The strength check for new passwords (issue 14): zxcvbn-ts with its common and English dictionaries and keyboard
// graphs estimates how many guesses a password takes; below 10^10 (zxcvbn's score 4) it is refused, with the reason
// the estimator found (a keyboard walk, a common password, a common word with a year …). Pure (no React, no Prisma);
// the estimator is built once, on first use, because loading its dictionaries takes a moment.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { passwordProblem, type PasswordProblem } from "./password-policy";

/** Why the estimator refused a password, most telling first. */
export type WeakReason = "keyboard" | "commonPassword" | "commonWord" | "name" | "date" | "repeat" | "sequence" | "guessable";
export type StrengthProblem = PasswordProblem | WeakReason;

/** 10^10 guesses: zxcvbn's "very unguessable" (score 4), safe against an offline attack on a slow hash. */
export const MIN_GUESSES_LOG10 = 10;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** True when most steps of the text go to a neighbouring key on a QWERTY keyboard ("qwerasdf", "1234qwer"). */
export function isKeyboardWalk(text: string): boolean {
  const graph = common.adjacencyGraphs.qwerty as Record<string, Array<string | null>>;
  const lower = text.toLowerCase();
  if (lower.length < 4) return false;
  let adjacent = 0;
  for (let i = 1; i < lower.length; i += 1) {
    const neighbours = graph[lower[i - 1] as string] ?? [];
    if (neighbours.some((n) => n !== null && n.includes(lower[i] as string))) adjacent += 1;
  }
  return adjacent / (lower.length - 1) >= 0.7;
}

interface Match {
  pattern: string;
  token: string;
  dictionaryName?: string;
  regexName?: string;
}

function reasonOf(matches: Match[]): WeakReason {
  const found = new Set<WeakReason>();
  for (const m of matches) {
    if (m.pattern === "spatial" || (m.pattern === "dictionary" && isKeyboardWalk(m.token))) found.add("keyboard");
    else if (m.pattern === "dictionary" && m.dictionaryName?.startsWith("passwords")) found.add("commonPassword");
    else if (m.pattern === "dictionary" && /names/i.test(m.dictionaryName ?? "")) found.add("name");
    else if (m.pattern === "dictionary") found.add("commonWord");
    else if (m.pattern === "date" || (m.pattern === "regex" && m.regexName === "recentYear")) found.add("date");
    else if (m.pattern === "repeat") found.add("repeat");
    else if (m.pattern === "sequence") found.add("sequence");
  }
  const order: WeakReason[] = ["keyboard", "commonPassword", "commonWord", "name", "date", "repeat", "sequence"];
  return order.find((r) => found.has(r)) ?? "guessable";
}

/**
 * The problem with a new password, or null when it is strong enough: first the policy's own rules (length, the
 * email's name …), then the estimator, which is given the email so that a password built from it counts as weak.
 */
export function passwordStrengthProblem(password: string, email = ""): StrengthProblem | null {
  const policy = passwordProblem(password, email);
  if (policy) return policy;
  const inputs = [email, ...email.split(/[@._-]/)].filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.guessesLog10 >= MIN_GUESSES_LOG10) return null;
  return reasonOf(result.sequence as unknown as Match[]);
}
