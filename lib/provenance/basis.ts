// Where an entity comes from, for the views and the API (issue 13): an entity whose `source` cites the article
// (a §, e.g. "§6.2" or "§2.1, §6.2") is the article's; one whose source is a link or "editorial" we added.
export type Basis = "article" | "editorial";

export function basisOfSource(source: string | null | undefined): Basis {
  return /§\s*\d/.test(source ?? "") ? "article" : "editorial";
}

/** "10 use cases (1 stated in the article)": how many of a set of links the article itself states. */
export function splitByBasis(bases: readonly string[]): { total: number; article: number; editorial: number } {
  const article = bases.filter((b) => b === "article").length;
  return { total: bases.length, article, editorial: bases.length - article };
}
