// The one parameter the non-search endpoints take: `locale`.
import { LOCALES, type QueryLocale } from "@/lib/schemas/explore-query";
import { ApiError } from "./http";

export function localeParam(params: URLSearchParams): QueryLocale {
  const values = params.getAll("locale");
  if (values.length > 1) throw new ApiError(400, "locale", "locale may be given only once.");
  if (values.length === 0) return "en";
  const value = values[0];
  if (!(LOCALES as readonly string[]).includes(value)) throw new ApiError(400, "locale", `locale must be one of ${LOCALES.join(", ")}.`);
  return value as QueryLocale;
}
