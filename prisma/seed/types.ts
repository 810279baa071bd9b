import type { EntityCollection } from "../../lib/schemas/registry";
/**
 * Shapes of the seed content drawn from the article (../shared/source/article.txt).
 * Every human-readable field comes in zh and en. `source` cites the article's section, e.g. "§6.2".
 */
import type { Basis, TechniqueCategory } from "../../lib/schemas/vocabulary";

export type L10n = { zh: string; en: string };

export type { Basis, TechniqueCategory };

export type ResourceKind =
  | "book"
  | "paper"
  | "venue"
  | "blog"
  | "site"
  | "framework"
  | "data-tool"
  | "version-control";

export interface SeedDomain {
  slug: string;
  name: L10n;
  summary: L10n;
  /** Markdown: what the article says. */
  body: L10n;
  /** Markdown we wrote ("Editor's context"), stored apart from the body so every view can mark it (issue 13). */
  editorial?: L10n;
  source: string;
}

export interface SeedTechnique {
  slug: string;
  category: TechniqueCategory;
  name: L10n;
  summary: L10n;
  /** Markdown. */
  body: L10n;
  /** Markdown we wrote beside what the article says, stored apart from the body (issue 13). */
  editorial?: L10n;
  /** LaTeX without $$ delimiters, for §4 building blocks only. */
  formula?: string;
  source: string;
}

export interface SeedSimple {
  slug: string;
  name: L10n;
  summary: L10n;
  source: string;
}

export interface SeedWorkflowStep {
  /** 1..5 in article order. */
  position: number;
  name: L10n;
  summary: L10n;
  source: string;
}

export interface SeedFaq {
  slug: string;
  question: L10n;
  /** Markdown. */
  answer: L10n;
  source: string;
}

export interface SeedResource {
  slug: string;
  kind: ResourceKind;
  name: L10n;
  /** Authors or publisher as credited, if any. */
  credit?: L10n;
  summary: L10n;
  url?: string;
  /** false when the citation cannot be verified as printed. */
  verified: boolean;
  /** Why it is unverified or corrected; shown beside the resource. */
  verificationNote?: L10n;
  source: string;
}

export interface SeedLink {
  slug: string;
  basis: Basis;
}

export interface SeedUseCase {
  slug: string;
  domain: string;
  title: L10n;
  summary: L10n;
  /** Markdown: what the article says. */
  body: L10n;
  /** Markdown we wrote ("What it typically involves"), stored apart from the body so every view can mark it (issue 13). */
  editorial?: L10n;
  basis: Basis;
  source: string;
  techniques: SeedLink[];
  mechanisms: SeedLink[];
  challenges: SeedLink[];
  /** Resource slugs (editorial links). */
  resources?: string[];
}

export type NoteTarget =
  | { type: "technique"; slug: string }
  | { type: "resource"; slug: string }
  | { type: "use-case"; slug: string }
  | { type: "page"; slug: "about" | "lab" };

export interface SeedNote {
  slug: string;
  target: NoteTarget;
  title: L10n;
  /** Markdown. */
  body: L10n;
  source: string;
}

export interface SeedContent {
  domains: SeedDomain[];
  techniques: SeedTechnique[];
  workflowSteps: SeedWorkflowStep[];
  mechanisms: SeedSimple[];
  advantages: SeedSimple[];
  drivers: SeedSimple[];
  trends: SeedSimple[];
  challenges: SeedSimple[];
  faqs: SeedFaq[];
  resources: SeedResource[];
  useCases: SeedUseCase[];
  notes: SeedNote[];
  /**
   * Table entities of the simple shape (name, summary, source) by collection name, e.g. `traits`: each item gets the
   * rest of its fields from the entity's defaults (lib/schemas/registry.ts) — a new entity's content needs no code.
   */
  entities?: Partial<Record<EntityCollection, SeedSimple[]>>;
}
