// The admin e2e specs check what the UI wrote with small SQL statements written once, in SQLite's spelling. On
// PostgreSQL two things differ, and this rewrites them (pure, so it is unit-tested beside):
//   - placeholders: `?` becomes `$1`, `$2`, …;
//   - identifiers: Prisma creates PostgreSQL tables and columns with their exact case ("UseCase", "userId"), and
//     PostgreSQL folds unquoted names to lower case. So every bare word that holds a capital letter is quoted.
// The rule this relies on, kept by the specs: SQL keywords and functions are written in lower case, and the
// camel-case words are all table or column names. String literals ('…') and quoted names ("…") are left alone.

export function toPostgresSql(sql: string): string {
  let out = "";
  let param = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      // Copy a literal or a quoted name whole; a doubled quote inside it is an escaped quote.
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j += 1;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === "?") {
      param += 1;
      out += `$${param}`;
      i += 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j] as string)) j += 1;
      const word = sql.slice(i, j);
      out += /[A-Z]/.test(word) ? `"${word}"` : word;
      i = j;
    } else if (/[0-9]/.test(c)) {
      // A number (or a word starting with a digit) is copied as is, so `$1`-like text is never split.
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_.]/.test(sql[j] as string)) j += 1;
      out += sql.slice(i, j);
      i = j;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * A PostgreSQL row in the shape better-sqlite3 gives for the same row, so the specs compare one shape: booleans as
 * 1/0 and timestamps as epoch milliseconds. (bigint counts are parsed to numbers by the pool's type parser.)
 */
export function sqliteShaped(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === "boolean") out[key] = value ? 1 : 0;
    else if (value instanceof Date) out[key] = value.getTime();
    else out[key] = value;
  }
  return out;
}
