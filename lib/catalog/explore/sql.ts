// A tiny SQL builder: fragments carry their own bound parameters, so values are never spliced into SQL text.
// `sql\`… ${value} …\`` binds `value` as "?" unless it is itself a fragment, which is inlined with its parameters.

export interface Fragment {
  readonly text: string;
  readonly params: readonly unknown[];
}

export type SqlValue = string | number | bigint | null;

function isFragment(value: unknown): value is Fragment {
  return typeof value === "object" && value !== null && "text" in value && "params" in value;
}

export function sql(strings: TemplateStringsArray, ...values: Array<Fragment | SqlValue>): Fragment {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += "?";
      params.push(value);
    }
    text += strings[i + 1];
  });
  return { text, params };
}

/** Trusted SQL text written in this code base (identifiers, keywords); never user input. */
export function raw(text: string): Fragment {
  return { text, params: [] };
}

export function join(fragments: readonly Fragment[], separator: string): Fragment {
  return {
    text: fragments.map((f) => f.text).join(separator),
    params: fragments.flatMap((f) => f.params),
  };
}

/** "?, ?, ?" for a non-empty list of values. */
export function list(values: readonly SqlValue[]): Fragment {
  if (values.length === 0) throw new Error("list() needs at least one value");
  return { text: values.map(() => "?").join(", "), params: [...values] };
}

/** The database handle the explorer needs: PrismaClient satisfies it, and so does any test double. */
export interface RawQueryClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

export type Dialect = "sqlite" | "postgresql";

/** PostgreSQL numbers its placeholders ($1, $2, …); the "?" here are never inside string literals. */
export function placeholders(text: string, dialect: Dialect): string {
  if (dialect === "sqlite") return text;
  let n = 0;
  let quoted = false;
  let out = "";
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    out += ch === "?" && !quoted ? `$${++n}` : ch;
  }
  return out;
}

export async function query<T>(db: RawQueryClient, fragment: Fragment, dialect: Dialect = "sqlite"): Promise<T[]> {
  return (await db.$queryRawUnsafe<T[]>(placeholders(fragment.text, dialect), ...fragment.params)) ?? [];
}

/** SQLite integers can arrive as bigint; counts here always fit a number. */
export function num(value: unknown): number {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  if (typeof value === "string" && value !== "") return Number(value);
  return 0;
}

/** Dates arrive as Date (PostgreSQL), ISO text (SQLite through raw queries) or epoch numbers. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}

/** A LIKE pattern matching `term` anywhere, with LIKE's own wildcards escaped (ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
