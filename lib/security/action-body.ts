// What a server-action request body may look like before React decodes it (issue 16, item 7). React's decodeReply
// answers malformed input (broken JSON, references to parts the request does not have, very deep nesting) by
// throwing, which Next turns into a 500; the proxy screens the body with this first and answers 400. Pure.
//
// The reply format (react-server-dom-webpack, parseModelString): the root model is the whole text/plain body, or
// the multipart field "0"; strings starting with "$" are references. "$$…" is an escaped "$"; "$u", "$I", "$N",
// "$-0", "$-Infinity", "$D<date>", "$n<digits>" and "$K<id>" (FormData entries) stand alone; "$<hex>", "$@", "$Q",
// "$W", "$i" name another model part and "$B" a file part, which must be in the request. The app's actions pass
// plain values and FormData only, so every other kind (server references, temporary references, streams, typed
// arrays) is refused.

export const MAX_ACTION_JSON_DEPTH = 64;

export type BodyVerdict = { ok: true } | { ok: false; message: string };

const OK: BodyVerdict = { ok: true };
const bad = (message: string): BodyVerdict => ({ ok: false, message });

/** A multipart body's fields: whether a model part (a string) or a file part exists under a key. */
export interface Parts {
  model: (key: string) => string | null;
  isFile: (key: string) => boolean;
}

/** Screens one model part (a JSON text) against the parts the request carries (none for a text/plain body). */
export function screenModel(text: string, parts: Parts | null, seen = new Set<string>()): BodyVerdict {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return bad("The server-action body is not valid JSON.");
  }
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > MAX_ACTION_JSON_DEPTH) return bad(`The server-action arguments are nested deeper than ${MAX_ACTION_JSON_DEPTH} levels.`);
    if (typeof value === "string") {
      const verdict = screenReference(value, parts, seen);
      if (!verdict.ok) return verdict;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (value !== null && typeof value === "object") {
      for (const item of Object.values(value as Record<string, unknown>)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return OK;
}

function screenReference(value: string, parts: Parts | null, seen: Set<string>): BodyVerdict {
  if (value[0] !== "$" || value.length < 2) return OK;
  const kind = value[1] as string;
  if (kind === "$" || value === "$undefined" || value === "$Infinity" || value === "$NaN" || value === "$-0" || value === "$-Infinity") return OK;
  if (kind === "D") return Number.isNaN(Date.parse(value.slice(2))) ? bad("A date in the server-action arguments is not valid.") : OK;
  if (kind === "n") return /^-?\d{1,300}$/.test(value.slice(2)) ? OK : bad("A BigInt in the server-action arguments is not valid.");
  if (kind === "K") return /^[0-9a-f]+$/.test(value.slice(2)) ? OK : bad("A FormData reference in the server-action arguments is not valid.");
  const outlined = /^[0-9a-f]+$/.test(value.slice(1)) ? value.slice(1) : /^[@QWi]$/.test(kind) && /^[0-9a-f]+$/.test(value.slice(2)) ? value.slice(2) : null;
  if (outlined !== null) {
    const key = String(parseInt(outlined, 16));
    const model = parts?.model(key) ?? null;
    if (model === null) return bad("The server-action arguments refer to a part the request does not have.");
    if (seen.has(key)) return OK; // cycles and shared parts are React's to resolve; each part is screened once
    seen.add(key);
    return screenModel(model, parts, seen);
  }
  if (kind === "B") {
    const key = /^[0-9a-f]+$/.test(value.slice(2)) ? String(parseInt(value.slice(2), 16)) : null;
    return key !== null && parts?.isFile(key) ? OK : bad("The server-action arguments refer to a file the request does not have.");
  }
  return bad(`The server-action arguments hold a reference of a kind this app does not accept ("$${kind}").`);
}

/** The parts of a parsed multipart body. */
export function partsOf(form: FormData): Parts {
  return {
    model: (key) => {
      const v = form.get(key);
      return typeof v === "string" ? v : null;
    },
    isFile: (key) => {
      const v = form.get(key);
      return v !== null && typeof v !== "string";
    },
  };
}
