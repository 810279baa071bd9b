// GET /api/v1/traits: { items: [{ slug, name, summary, source, basis, aliases, url }] }, as the registry declares it.
import { entityListHandler } from "@/lib/api/entity-list";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const GET = entityListHandler("trait");
export const OPTIONS = preflightResponse;
