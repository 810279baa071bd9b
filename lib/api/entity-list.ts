// GET /api/v1/<collection> for a table entity (lib/schemas/registry.ts: `api.kind === "table"`): every published
// entry with the fields its declaration names, in that order. app/api/v1/[collection]/route.ts serves every such list
// by its declared path (`tableListHandler`), so a new entity needs no route file.
import type { NextRequest } from "next/server";
import { listPublished } from "@/lib/catalog/entities";
import type { Row } from "@/lib/db/table-access";
import { pick } from "@/lib/i18n/localize";
import { basisOfSource } from "@/lib/provenance/basis";
import { parseAliases } from "@/lib/schemas/aliases";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { QueryLocale } from "@/lib/schemas/explore-query";
import { ENTITIES, type ApiField, type EntityDefinition } from "@/lib/schemas/registry";
import { publicUrl } from "@/lib/seo/public-url";
import { fallbackFlag } from "./dto";
import { handleApi, jsonResponse } from "./http";
import { localeParam } from "./params";

/** One entry as its list sends it. */
export function entityListItem(def: EntityDefinition, fields: readonly ApiField[], row: Row, locale: QueryLocale): Record<string, unknown> {
  const [nameZh, nameEn] = def.titleFields;
  const name = pick(row[nameZh] as string, row[nameEn] as string, locale);
  const summary = pick(row.summaryZh as string, row.summaryEn as string, locale);
  const aliases = (lang: "Zh" | "En") => parseAliases(row[`aliases${lang}`] as string | undefined);
  const value: Record<ApiField, () => unknown> = {
    slug: () => row.slug,
    name: () => name.text,
    summary: () => summary.text,
    source: () => row.source,
    basis: () => ("basis" in row ? (row.basis === "editorial" ? "editorial" : "article") : basisOfSource(String(row.source))),
    aliases: () => (locale === "zh" ? [...aliases("Zh"), ...aliases("En")] : [...aliases("En"), ...aliases("Zh")]),
    url: () => (def.publicPath ? publicUrl(locale, def.publicPath(row.slug)) : null),
  };
  const item: Record<string, unknown> = {};
  for (const field of fields) item[field] = value[field]();
  return { ...item, ...fallbackFlag(...(fields.includes("name") ? [name] : []), ...(fields.includes("summary") ? [summary] : [])) };
}

export function entityListHandler(type: EntityType) {
  const def = ENTITIES[type];
  const api = def.api;
  if (api?.kind !== "table") throw new Error(`${type} declares no table API list`);
  return async function GET(request: NextRequest): Promise<Response> {
    return handleApi(async () => {
      const locale = localeParam(request.nextUrl.searchParams);
      const rows = (await listPublished(type)) as unknown as Row[];
      return jsonResponse({ items: rows.map((row) => entityListItem(def, api.fields, row, locale)) });
    });
  };
}

const BY_PATH = new Map<string, (request: NextRequest) => Promise<Response>>(
  Object.values(ENTITIES).flatMap((def) => (def.api?.kind === "table" ? [[def.api.path, entityListHandler(def.type)] as const] : [])),
);

/** The GET handler of the table entity whose declared list is /api/v1/<collection>, or null. */
export function tableListHandler(collection: string): ((request: NextRequest) => Promise<Response>) | null {
  return BY_PATH.get(`/api/v1/${collection}`) ?? null;
}
