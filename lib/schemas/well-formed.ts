// Text that the databases can store as sent (issue 16, item 6): well-formed Unicode (no lone UTF-16 surrogate,
// which SQLite and PostgreSQL cannot encode as UTF-8) and no NUL (PostgreSQL refuses it in text). Pure.

type WellFormedString = string & { isWellFormed?: () => boolean };

/** Matches only unpaired surrogates: with the `u` flag a valid pair is one code point and does not match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function isWellFormedText(value: string): boolean {
  const s = value as WellFormedString;
  return typeof s.isWellFormed === "function" ? s.isWellFormed() : !LONE_SURROGATE.test(value);
}

/** Why a string cannot be stored, as a phrase to follow its name ("The email …"), or null when it can. */
export function textProblem(value: string): string | null {
  if (!isWellFormedText(value)) return "is not well-formed Unicode (it holds a lone UTF-16 surrogate)";
  if (value.includes("\u0000")) return "holds a NUL character";
  return null;
}

export function isStorableText(value: string): boolean {
  return textProblem(value) === null;
}

/** The first string anywhere in a JSON-like value that cannot be stored, with its path, or null. */
export function findUnstorableText(value: unknown, path = "", depth = 0): { path: string; problem: string } | null {
  if (depth > 200) return null;
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnstorableText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: path ? `${path}.${key}` : key, problem: `has a key that ${keyProblem}` };
      const found = findUnstorableText(item, path ? `${path}.${key}` : key, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
