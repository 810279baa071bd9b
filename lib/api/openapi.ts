// The OpenAPI 3.1 description of the read API (GET /api/v1/openapi.json). The entity lists' paths and schemas come from
// the registry (lib/schemas/registry.ts: each entity's `api`); the rest is kept by hand beside the handlers. The tests
// check that it covers every path and that real responses match the schemas it documents.
import { ENTITIES, type ApiField, type EntityApi } from "@/lib/schemas/registry";
import { BASIS_VALUES, FORMATS, LOCALES, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, Q_MAX_LENGTH, SORTS } from "@/lib/schemas/explore-query";
import { USE_CASE_CSV_COLUMNS } from "@/lib/export/use-cases";

/** Every entity's public list, in the registry's order. */
const ENTITY_LISTS: EntityApi[] = Object.values(ENTITIES).flatMap((e) => (e.api ? [e.api] : []));

/** The paths DESIGN.md promises; the OpenAPI document must describe each. */
export const API_PATHS: readonly string[] = [
  "/api/v1/use-cases",
  "/api/v1/use-cases/{slug}",
  ...ENTITY_LISTS.map((l) => l.path),
  "/api/v1/fusion-map",
  "/api/v1/openapi.json",
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const errorResponse = (description: string) => ({ description, content: json(ref("Error")) });

const localeParameter = {
  name: "locale",
  in: "query",
  description: "Language of localized fields. A missing translation falls back to the other language and the object then carries `fallback: true`.",
  schema: { type: "string", enum: [...LOCALES], default: "en" },
};

const facetParameter = (name: string, description: string, items: object = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }) => ({
  name,
  in: "query",
  description: `${description} Repeat the key for several values (they combine with OR); different keys combine with AND. An unknown slug is a 400.`,
  style: "form",
  explode: true,
  schema: { type: "array", items },
});

const fallback = { type: "boolean", const: true, description: "Present when some text fell back to the other language." };

const schemas = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["param", "message"],
        properties: {
          param: { type: ["string", "null"], description: "The offending parameter, or null." },
          message: { type: "string" },
        },
      },
    },
  },
  Ref: {
    type: "object",
    required: ["slug", "name"],
    properties: { slug: { type: "string" }, name: { type: "string" }, fallback },
  },
  PageRef: {
    type: "object",
    required: ["slug", "name", "url"],
    properties: { slug: { type: "string" }, name: { type: "string" }, url: { type: "string", format: "uri", description: "The public page under APP_URL, in the requested locale." }, fallback },
  },
  Link: {
    type: "object",
    required: ["slug", "name", "basis"],
    properties: {
      slug: { type: "string" },
      name: { type: "string" },
      basis: { type: "string", enum: [...BASIS_VALUES], description: "Whether the article states this link or the editors added it." },
      fallback,
    },
  },
  UseCase: {
    type: "object",
    required: ["slug", "title", "summary", "basis", "source", "domain", "techniques", "mechanisms", "challenges", "updatedAt", "url"],
    properties: {
      slug: { type: "string" },
      title: { type: "string" },
      summary: { type: "string" },
      basis: { type: "string", enum: [...BASIS_VALUES] },
      source: { type: "string", description: "The § of the article, or a link." },
      domain: ref("Ref"),
      techniques: { type: "array", items: ref("Link") },
      mechanisms: { type: "array", items: ref("Link") },
      challenges: { type: "array", items: ref("Link") },
      updatedAt: { type: "string", format: "date-time" },
      url: { type: "string", format: "uri", description: "The public page under APP_URL, in the requested locale." },
      fallback,
    },
  },
  Note: {
    type: "object",
    required: ["slug", "title", "body", "source"],
    properties: { slug: { type: "string" }, title: { type: "string" }, body: { type: "string", description: "Markdown." }, source: { type: "string" }, fallback },
  },
  RelatedUseCase: {
    type: "object",
    required: ["slug", "title", "summary", "url", "domain", "sharedTechniques"],
    properties: {
      slug: { type: "string" },
      title: { type: "string" },
      summary: { type: "string" },
      url: { type: "string", format: "uri", description: "The public page under APP_URL, in the requested locale." },
      domain: ref("Ref"),
      sharedTechniques: { type: "array", items: ref("Ref") },
      fallback,
    },
  },
  UseCaseDetail: {
    allOf: [
      ref("UseCase"),
      {
        type: "object",
        required: ["body", "editorial", "notes", "related", "resources"],
        properties: {
          body: { type: "string", description: "Markdown: what the article says about the use case." },
          editorial: { type: "string", description: "Markdown we wrote beside the article (\"What it typically involves\"), to be shown marked as editorial; empty when there is none." },
          resources: { type: "array", items: ref("Link"), description: "Resources linked to this use case, each with the basis of the link (the article never links a resource to a use case, so these are `editorial`)." },
          notes: { type: "array", items: ref("Note"), description: "Editor's notes." },
          related: { type: "array", items: ref("RelatedUseCase"), description: "Use cases in other domains that share techniques." },
        },
      },
    ],
  },
  FacetValue: {
    type: "object",
    required: ["slug", "name", "count"],
    properties: {
      slug: { type: "string" },
      name: { type: "string" },
      count: { type: "integer", minimum: 0, description: "Use cases this value gives with every other active filter (disjunctive)." },
      category: { type: "string", description: "Techniques only." },
      fallback,
    },
  },
  Facets: {
    type: "object",
    required: ["domain", "technique", "mechanism", "challenge", "basis"],
    description: "Every value of every facet, with count 0 where that is the count.",
    properties: Object.fromEntries(["domain", "technique", "mechanism", "challenge", "basis"].map((f) => [f, { type: "array", items: ref("FacetValue") }])),
  },
  UseCasePage: {
    type: "object",
    required: ["items", "total", "page", "pageSize", "facets"],
    properties: {
      items: { type: "array", items: ref("UseCase") },
      total: { type: "integer", minimum: 0 },
      page: { type: "integer", minimum: 1 },
      pageSize: { type: "integer", minimum: 1, maximum: PAGE_SIZE_MAX },
      facets: ref("Facets"),
      suggestions: {
        type: "array",
        items: { type: "string" },
        description: "Only when nothing matched the search: queries that would (\"did you mean\"), best first.",
      },
    },
  },
  ListItem: {
    type: "object",
    required: ["slug", "name", "count", "source", "basis", "aliases", "url"],
    properties: {
      slug: { type: "string" },
      name: { type: "string" },
      count: { type: "integer", minimum: 0, description: "Published use cases." },
      source: { type: "string", description: "The § of the article (e.g. \"§6.2\" or \"§2.1, §6.2\"), or a link, or \"editorial\"." },
      basis: { type: "string", enum: [...BASIS_VALUES], description: "`article` when the article names this entry (its source is a §), `editorial` when the editors added it." },
      summary: { type: "string" },
      category: { type: ["string", "null"], description: "Techniques only." },
      aliases: {
        type: "array",
        items: { type: "string" },
        description: "Other names, in the requested locale and then the other one (may be empty). A search naming one matches this entry's use cases.",
      },
      url: { type: "string", format: "uri", description: "The public page under APP_URL, in the requested locale." },
      fallback,
    },
  },
  List: { type: "object", required: ["items"], properties: { items: { type: "array", items: ref("ListItem") } } },
  ...Object.fromEntries(ENTITY_LISTS.flatMap((l) => (l.kind === "table" ? tableListSchemas(l) : []))),
  FusionMap: {
    type: "object",
    required: ["domains", "techniques", "challenges", "techniqueCells", "challengeCells"],
    properties: {
      domains: { type: "array", items: ref("PageRef") },
      techniques: { type: "array", items: ref("PageRef") },
      challenges: { type: "array", items: ref("PageRef") },
      techniqueCells: {
        type: "array",
        items: {
          type: "object",
          required: ["domain", "technique", "count"],
          properties: { domain: { type: "string" }, technique: { type: "string" }, count: { type: "integer", minimum: 0 } },
        },
      },
      challengeCells: {
        type: "array",
        items: {
          type: "object",
          required: ["domain", "challenge", "count"],
          properties: { domain: { type: "string" }, challenge: { type: "string" }, count: { type: "integer", minimum: 0 } },
        },
      },
    },
  },
};

/** A table entity's list item: the fields its declaration names, each with its `describe` text. */
function tableListSchemas(api: Extract<EntityApi, { kind: "table" }>): Array<[string, object]> {
  const base: Record<ApiField, object> = {
    slug: { type: "string" },
    name: { type: "string" },
    summary: { type: "string" },
    source: { type: "string" },
    basis: { type: "string", enum: [...BASIS_VALUES] },
    aliases: { type: "array", items: { type: "string" } },
    url: { type: "string" },
  };
  const properties = Object.fromEntries(api.fields.map((f) => [f, api.describe[f] ? { ...base[f], description: api.describe[f] } : base[f]]));
  return [
    [api.schema, { type: "object", required: [...api.fields], properties: { ...properties, fallback } }],
    [`${api.schema}List`, { type: "object", required: ["items"], properties: { items: { type: "array", items: ref(api.schema) } } }],
  ];
}

/** An entity's list: the explorer's facet list (ListItem, with counts) or a table entity's own item schema. */
function listPath(api: EntityApi) {
  const kind = api.path.slice(api.path.lastIndexOf("/") + 1);
  const [description, schema] = api.kind === "table" ? [api.description, `${api.schema}List`] : ["Every published entry, not paginated.", "List"];
  return {
    get: {
      operationId: `list${kind[0].toUpperCase()}${kind.slice(1)}`,
      summary: api.summary,
      parameters: [localeParameter],
      responses: {
        "200": { description, content: json(ref(schema)) },
        "400": errorResponse("Bad locale."),
      },
    },
  };
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fusion Atlas read API",
      version: "1.0.0",
      description:
        "Read-only access to the Fusion Atlas catalog of cross-domain AI use cases, in English and Chinese. Every GET is CORS-open. " +
        "Errors are { \"error\": { \"param\", \"message\" } }.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/use-cases": {
        get: {
          operationId: "listUseCases",
          summary: "Search and filter use cases, with facet counts; or export the whole filtered set.",
          parameters: [
            facetParameter("domain", "Domain slugs."),
            facetParameter("technique", "Technique slugs."),
            facetParameter("mechanism", "Fusion mechanism slugs."),
            facetParameter("challenge", "Challenge slugs."),
            facetParameter("basis", "Whether the use case is stated in the article or added by the editors.", { type: "string", enum: [...BASIS_VALUES] }),
            {
              name: "q",
              in: "query",
              description:
                "Full-text search over titles, summaries and bodies in both languages. Space-separated terms must all match: terms with Chinese (CJK) characters anywhere in the text, other terms at the start of a word, compared by their English stems (route finds routes, imaging finds images); a query that names a technique, domain, mechanism or challenge, or one of their aliases (CV, 机器视觉), also finds the use cases linked to it. Always literal: quotes, *, NEAR(, AND/OR are text.",
              schema: { type: "string", maxLength: Q_MAX_LENGTH },
            },
            {
              name: "sort",
              in: "query",
              description: "Default: relevance when q is set (matches in the title first, then the rest; most recently updated first in each group), else title.",
              schema: { type: "string", enum: [...SORTS] },
            },
            { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
            { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT } },
            localeParameter,
            {
              name: "format",
              in: "query",
              description: `csv returns the whole filtered set (page and pageSize are ignored), UTF-8 with a BOM, columns ${USE_CASE_CSV_COLUMNS.join(",")}; multiple values joined by "; ".`,
              schema: { type: "string", enum: [...FORMATS], default: "json" },
            },
            { name: "all", in: "query", description: "With JSON: 1 returns the whole filtered set as an array of use cases.", schema: { type: "string", enum: ["1", "0", "true", "false"] } },
          ],
          responses: {
            "200": {
              description: "One page with facets; an array of every matching use case (all=1); or CSV (format=csv).",
              content: {
                "application/json": { schema: { oneOf: [ref("UseCasePage"), { type: "array", items: ref("UseCase") }] } },
                "text/csv": { schema: { type: "string" } },
              },
            },
            "400": errorResponse("A bad parameter: an unknown slug, a page or pageSize out of range, an unknown sort, locale or format, a q over 200 characters, or a scalar parameter given twice."),
          },
        },
      },
      "/api/v1/use-cases/{slug}": {
        get: {
          operationId: "getUseCase",
          summary: "One use case with its body, editor's notes and related use cases in other domains.",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, localeParameter],
          responses: {
            "200": { description: "The use case.", content: json(ref("UseCaseDetail")) },
            "400": errorResponse("Bad locale."),
            "404": errorResponse("No published use case has this slug."),
          },
        },
      },
      ...Object.fromEntries(ENTITY_LISTS.map((l) => [l.path, listPath(l)])),
      "/api/v1/fusion-map": {
        get: {
          operationId: "getFusionMap",
          summary: "Domain × technique and domain × challenge counts of published use cases.",
          parameters: [localeParameter],
          responses: {
            "200": { description: "The two matrices, every pair listed.", content: json(ref("FusionMap")) },
            "400": errorResponse("Bad locale."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document.",
          responses: { "200": { description: "OpenAPI 3.1.", content: json({ type: "object" }) } },
        },
      },
    },
    components: { schemas },
  };
}
