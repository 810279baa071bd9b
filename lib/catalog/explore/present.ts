// Turns bilingual records into what people read: names in the requested locale, falling back to the other language
// (and saying so). The explore page renders the views; the API flattens them into its documented JSON.
import { pick, type AppLocale, type LocalizedText } from "@/lib/i18n/localize";
import { BASIS_VALUES, type BasisValue, type EntityFacet, type Facet } from "@/lib/schemas/explore-query";
import type { FacetCounts, FacetEntity, LinkRecord, UseCaseRecord, Vocabulary } from "./types";

export interface RefView {
  slug: string;
  name: LocalizedText;
  /** Link basis, on a use case's links. */
  basis?: string;
}

export interface UseCaseView {
  id: number;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  basis: string;
  source: string;
  externalUrl: string | null;
  updatedAt: Date;
  domain: RefView;
  techniques: RefView[];
  mechanisms: RefView[];
  challenges: RefView[];
}

export interface FacetValueView {
  slug: string;
  name: LocalizedText;
  count: number;
  /** Techniques only: field, training-strategy, general, building-block. */
  category?: string;
}

export type FacetsView = Record<Facet, FacetValueView[]>;

export const BASIS_NAMES: Record<AppLocale, Record<BasisValue, string>> = {
  en: { article: "From the article", editorial: "Editorial" },
  zh: { article: "出自原文", editorial: "编辑补充" },
};

export function entityName(entity: Pick<FacetEntity, "nameZh" | "nameEn">, locale: AppLocale): LocalizedText {
  return pick(entity.nameZh, entity.nameEn, locale);
}

function byId(vocabulary: Vocabulary): Record<EntityFacet, Map<number, FacetEntity>> {
  return {
    domain: new Map(vocabulary.domain.map((e) => [e.id, e])),
    technique: new Map(vocabulary.technique.map((e) => [e.id, e])),
    mechanism: new Map(vocabulary.mechanism.map((e) => [e.id, e])),
    challenge: new Map(vocabulary.challenge.map((e) => [e.id, e])),
  };
}

/** Builds views for records; links to entities that are not published are left out. */
export function viewsOfUseCases(records: readonly UseCaseRecord[], vocabulary: Vocabulary, locale: AppLocale): UseCaseView[] {
  const index = byId(vocabulary);
  const refs = (links: LinkRecord[], map: Map<number, FacetEntity>): RefView[] =>
    links
      .map((l) => ({ link: l, entity: map.get(l.id) }))
      .filter((x): x is { link: LinkRecord; entity: FacetEntity } => x.entity !== undefined)
      .sort((a, b) => a.entity.position - b.entity.position || a.entity.id - b.entity.id)
      .map(({ link, entity }) => ({ slug: entity.slug, name: entityName(entity, locale), basis: link.basis }));
  return records.map((r) => {
    const domain = index.domain.get(r.domainId);
    return {
      id: r.id,
      slug: r.slug,
      title: pick(r.titleZh, r.titleEn, locale),
      summary: pick(r.summaryZh, r.summaryEn, locale),
      basis: r.basis,
      source: r.source,
      externalUrl: r.externalUrl,
      updatedAt: r.updatedAt,
      domain: domain ? { slug: domain.slug, name: entityName(domain, locale) } : { slug: "", name: { text: "", lang: locale, fallback: false } },
      techniques: refs(r.techniques, index.technique),
      mechanisms: refs(r.mechanisms, index.mechanism),
      challenges: refs(r.challenges, index.challenge),
    };
  });
}

/** Every value of every facet, in catalog order, with its count (0 where that is the count). */
export function facetViews(vocabulary: Vocabulary, counts: FacetCounts, locale: AppLocale): FacetsView {
  const entityFacet = (facet: EntityFacet): FacetValueView[] =>
    vocabulary[facet].map((e) => ({
      slug: e.slug,
      name: entityName(e, locale),
      count: counts[facet].get(e.id) ?? 0,
      ...(facet === "technique" && e.category ? { category: e.category } : {}),
    }));
  return {
    domain: entityFacet("domain"),
    technique: entityFacet("technique"),
    mechanism: entityFacet("mechanism"),
    challenge: entityFacet("challenge"),
    basis: BASIS_VALUES.map((b) => ({
      slug: b,
      name: { text: BASIS_NAMES[locale][b], lang: locale, fallback: false },
      count: counts.basis.get(b) ?? 0,
    })),
  };
}
