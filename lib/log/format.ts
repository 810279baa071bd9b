// One log event as one line (DESIGN.md, "Scale-out": `LOG_FORMAT=json` gives one JSON line per event). Pure: no I/O.
// Text: `time LEVEL message key=value …`, then the stack (when there is one) on the lines below. JSON: one object per
// line, the stack a string field (its newlines escaped), so a log shipper never splits an event.

export type LogLevel = "info" | "warn" | "error";
export type LogFormat = "text" | "json";

export interface LogEvent {
  time: Date;
  level: LogLevel;
  msg: string;
  /** Extra fields; undefined ones are left out. `stack` is printed last (text) or as a field (JSON). */
  fields?: Record<string, unknown>;
}

export function formatLogLine(event: LogEvent, format: LogFormat): string {
  const fields = Object.entries(event.fields ?? {}).filter(([, v]) => v !== undefined);
  if (format === "json") {
    const record: Record<string, unknown> = { time: event.time.toISOString(), level: event.level, msg: event.msg };
    for (const [k, v] of fields) if (!(k in record)) record[k] = v;
    return JSON.stringify(record, jsonSafe);
  }
  const stack = fields.find(([k]) => k === "stack")?.[1];
  const pairs = fields.filter(([k]) => k !== "stack").map(([k, v]) => `${k}=${textValue(v)}`);
  const head = [event.time.toISOString(), event.level.toUpperCase(), oneLine(event.msg), ...pairs].join(" ");
  return typeof stack === "string" && stack !== "" ? `${head}\n${stack}` : head;
}

/** BigInts and errors would make JSON.stringify throw or print `{}`. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, "\\n");
}

/** A bare token stays bare; anything with spaces, quotes or `=` is quoted (JSON string rules), so lines stay parseable. */
function textValue(v: unknown): string {
  const s = typeof v === "string" ? v : v instanceof Error ? `${v.name}: ${v.message}` : JSON.stringify(v, jsonSafe) ?? String(v);
  return /^[^\s"=]+$/.test(s) ? s : JSON.stringify(s);
}
