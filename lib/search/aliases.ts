// Which catalog entities a query names: a query that is, as a whole, the name or an alias of a technique,
// domain, mechanism or challenge ("CV", "machine vision", "机器视觉", "Computer vision") also matches every use case
// linked to that entity. Names and aliases are compared as search terms are: case aside, white space collapsed, and
// English words by their stems ("knowledge graph" names "Knowledge graphs"). Pure; no database.
import { searchTerms, termKind, termWords, wordStem } from "./terms";

export type NamedFacet = "domain" | "technique" | "mechanism" | "challenge";

export interface NameableEntity {
  id: number;
  nameZh: string;
  nameEn: string;
  aliases: readonly string[];
}

/** A query or a name reduced to what search compares: its terms, word terms by their stems. */
export function phraseKey(text: string): string {
  return searchTerms(text)
    .map((term) => (termKind(term) === "word" ? termWords(term).map(wordStem).join(" ") : term))
    .join(" ");
}

/** A name and its parts: "自然语言处理（NLP）" also goes by "自然语言处理" and "NLP". */
export function nameVariants(name: string): string[] {
  const out = [name];
  const bare = name.replace(/\s*[（(][^）)]*[）)]\s*/gu, " ").trim();
  if (bare !== name) out.push(bare);
  for (const m of name.matchAll(/[（(]([^）)]+)[）)]/gu)) out.push(m[1]);
  return out;
}

/** Every phrase an entity goes by: its names (and their parts) in both languages, and its aliases. */
export function entityPhrases(entity: NameableEntity): string[] {
  return [...nameVariants(entity.nameZh), ...nameVariants(entity.nameEn), ...entity.aliases].filter((p) => p.trim() !== "");
}

/** The entities the query names, by facet; none when the query is empty. */
export function namedEntities(q: string, vocabulary: NameableVocabulary): Array<{ facet: NamedFacet; id: number }> {
  const key = phraseKey(q);
  if (key === "") return [];
  return phraseIndex(vocabulary).get(key) ?? [];
}

type NameableVocabulary = { [F in NamedFacet]: readonly NameableEntity[] };

/** By phrase key, the entities going by it; built once per vocabulary object. */
const indexes = new WeakMap<NameableVocabulary, Map<string, Array<{ facet: NamedFacet; id: number }>>>();

function phraseIndex(vocabulary: NameableVocabulary): Map<string, Array<{ facet: NamedFacet; id: number }>> {
  let index = indexes.get(vocabulary);
  if (index) return index;
  index = new Map();
  for (const facet of ["domain", "technique", "mechanism", "challenge"] as const) {
    for (const entity of vocabulary[facet]) {
      for (const key of new Set(entityPhrases(entity).map(phraseKey))) {
        if (key === "") continue;
        const list = index.get(key) ?? [];
        list.push({ facet, id: entity.id });
        index.set(key, list);
      }
    }
  }
  indexes.set(vocabulary, index);
  return index;
}
