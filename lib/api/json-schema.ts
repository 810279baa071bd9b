// A small JSON Schema checker for the subset our OpenAPI document uses ($ref, allOf, oneOf, type (incl. arrays of
// types and "integer"), required, properties, items, enum, const, minimum, maximum, maxLength). The tests use it to
// check real responses against the documented schemas without adding a dependency.

type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** Resolves a local "#/…" reference against the document. */
export function resolveRef(document: unknown, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are supported: ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split("/")) {
    if (typeof node !== "object" || node === null || !(part in node)) throw new Error(`Unresolvable reference ${ref}`);
    node = (node as Record<string, unknown>)[part];
  }
  return node as Schema;
}

/** Problems found, as "path: message" strings; [] when the value matches. */
export function validate(document: unknown, schema: Schema, value: unknown, path = "$"): string[] {
  if (typeof schema.$ref === "string") return validate(document, resolveRef(document, schema.$ref), value, path);
  const problems: string[] = [];
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf as Schema[]) problems.push(...validate(document, s, value, path));
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((s) => validate(document, s, value, path).length === 0).length;
    if (passing !== 1) problems.push(`${path}: matches ${passing} of the oneOf schemas, not exactly 1`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => matchesType(value, t))) {
      problems.push(`${path}: expected ${types.join(" or ")}, got ${typeOf(value)}`);
      return problems;
    }
  }
  if (schema.const !== undefined && value !== schema.const) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  }
  if (typeof value === "string" && typeof schema.maxLength === "number" && [...value].length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) problems.push(`${path}: missing required property "${key}"`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, sub] of Object.entries(properties)) if (key in object) problems.push(...validate(document, sub, object[key], `${path}.${key}`));
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...validate(document, schema.items as Schema, item, `${path}[${i}]`)));
  return problems;
}

/** Every "$ref" string anywhere in a document. */
export function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) collectRefs(n, out);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else collectRefs(value, out);
    }
  }
  return out;
}

/**
 * Structural checks of an OpenAPI 3.1 document: the required top-level fields, paths that start with "/", operations
 * with responses, parameters with name/in/schema (path parameters required), and references that resolve.
 */
export function openApiProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (typeof document !== "object" || document === null) return ["document is not an object"];
  const doc = document as Record<string, unknown>;
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi must be 3.1.x, got ${String(doc.openapi)}`);
  const info = doc.info as Record<string, unknown> | undefined;
  if (!info || typeof info.title !== "string" || typeof info.version !== "string") problems.push("info.title and info.version are required");
  const paths = doc.paths as Record<string, Record<string, unknown>> | undefined;
  if (!paths || typeof paths !== "object") problems.push("paths is required");
  for (const [path, item] of Object.entries(paths ?? {})) {
    if (!path.startsWith("/")) problems.push(`path ${path} must start with /`);
    for (const [method, operation] of Object.entries(item)) {
      if (!["get", "put", "post", "delete", "options", "head", "patch", "trace"].includes(method)) continue;
      const op = operation as Record<string, unknown>;
      const responses = op.responses as Record<string, unknown> | undefined;
      if (!responses || Object.keys(responses).length === 0) problems.push(`${method.toUpperCase()} ${path}: responses required`);
      for (const [code, response] of Object.entries(responses ?? {})) {
        if (typeof (response as Record<string, unknown>).description !== "string") problems.push(`${method.toUpperCase()} ${path} ${code}: description required`);
      }
      for (const p of (op.parameters as Array<Record<string, unknown>> | undefined) ?? []) {
        if (typeof p.name !== "string" || !["query", "path", "header", "cookie"].includes(String(p.in))) problems.push(`${path}: parameter needs name and in`);
        if (!p.schema && !p.content) problems.push(`${path}: parameter ${String(p.name)} needs a schema`);
        if (p.in === "path" && p.required !== true) problems.push(`${path}: path parameter ${String(p.name)} must be required`);
        if (p.in === "path" && !path.includes(`{${String(p.name)}}`)) problems.push(`${path}: path parameter ${String(p.name)} is not in the path`);
      }
    }
  }
  for (const ref of collectRefs(document)) {
    try {
      resolveRef(document, ref);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
