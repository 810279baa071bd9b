// The read API's JSON shapes (DESIGN.md, "API contract details"): localized fields are plain strings, and an object
// whose text fell back to the other language carries "fallback": true.
import type { AppLocale, LocalizedText } from "@/lib/i18n/localize";
import { publicUrl } from "@/lib/seo/public-url";
import type { FacetsView, FacetValueView, RefView, UseCaseView } from "@/lib/catalog/explore/present";
import { FACETS, type Facet } from "@/lib/schemas/explore-query";

type Fallback = { fallback?: true };

export type ApiRef = { slug: string; name: string } & Fallback;
export type ApiLink = ApiRef & { basis: string };

export interface ApiUseCase extends Fallback {
  slug: string;
  title: string;
  summary: string;
  basis: string;
  source: string;
  domain: ApiRef;
  techniques: ApiLink[];
  mechanisms: ApiLink[];
  challenges: ApiLink[];
  updatedAt: string;
  /** The public page under APP_URL. */
  url: string;
}

export type ApiFacetValue = ApiRef & { count: number; category?: string };
export type ApiFacets = Record<Facet, ApiFacetValue[]>;

export function fallbackFlag(...texts: LocalizedText[]): Fallback {
  return texts.some((t) => t.fallback) ? { fallback: true } : {};
}

export function apiRef(ref: Pick<RefView, "slug" | "name">): ApiRef {
  return { slug: ref.slug, name: ref.name.text, ...fallbackFlag(ref.name) };
}

function apiLink(ref: RefView): ApiLink {
  return { slug: ref.slug, name: ref.name.text, basis: ref.basis ?? "editorial", ...fallbackFlag(ref.name) };
}

/** `source` is the article's § when there is one, else the external link; `url` is the page in `locale`. */
export function apiUseCase(view: UseCaseView, locale: AppLocale): ApiUseCase {
  return {
    slug: view.slug,
    title: view.title.text,
    summary: view.summary.text,
    basis: view.basis,
    source: view.source || view.externalUrl || "",
    domain: apiRef(view.domain),
    techniques: view.techniques.map(apiLink),
    mechanisms: view.mechanisms.map(apiLink),
    challenges: view.challenges.map(apiLink),
    updatedAt: view.updatedAt.toISOString(),
    url: publicUrl(locale, `/use-cases/${encodeURIComponent(view.slug)}`),
    ...fallbackFlag(view.title, view.summary),
  };
}

function apiFacetValue(value: FacetValueView): ApiFacetValue {
  return {
    slug: value.slug,
    name: value.name.text,
    count: value.count,
    ...(value.category ? { category: value.category } : {}),
    ...fallbackFlag(value.name),
  };
}

export function apiFacets(facets: FacetsView): ApiFacets {
  return Object.fromEntries(FACETS.map((f) => [f, facets[f].map(apiFacetValue)])) as ApiFacets;
}
