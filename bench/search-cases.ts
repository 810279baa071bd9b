// The fixed table of search cases (issue 12), shared by the unit test lib/catalog/explore/search-cases.test.ts (every
// case, on the provider under test) and bench:search (recall over the table, on SQLite and PostgreSQL), against the
// seeded catalog. `expect` lists the use cases the query must return (others may come too). A typo case whose query
// finds nothing counts what its first "did you mean" suggestion finds; `suggest: true` requires that path.
export type CaseKind = "exact" | "stem" | "alias" | "typo" | "cross-language";

export interface SearchCase {
  q: string;
  locale?: "en" | "zh";
  kind: CaseKind;
  expect: string[];
  /** The query must find nothing and offer a suggestion that finds `expect`. */
  suggest?: boolean;
}

const EDUCATION = ["intelligent-tutoring-systems", "adaptive-learning-platforms", "learning-process-monitoring", "personalized-learning-plans"];
const HEALTHCARE = ["disease-diagnosis", "drug-discovery", "medical-image-analysis"];
const FINANCE = ["risk-control", "intelligent-investment-advisory", "quantitative-trading"];
const LOGISTICS = ["route-planning", "cargo-tracking", "intelligent-scheduling"];
const VISION = ["medical-image-analysis", "cargo-tracking"];
const NLP = ["intelligent-tutoring-systems", "learning-process-monitoring", "personalized-learning-plans", "disease-diagnosis", "intelligent-investment-advisory", "quantitative-trading"];

export const SEARCH_CASES: SearchCase[] = [
  // Exact words, en and zh.
  { q: "route planning", kind: "exact", expect: ["route-planning"] },
  { q: "drug discovery", kind: "exact", expect: ["drug-discovery"] },
  { q: "quantitative trading", kind: "exact", expect: ["quantitative-trading"] },
  { q: "fraud", kind: "exact", expect: ["risk-control"] },
  { q: "portfolio", kind: "exact", expect: ["intelligent-investment-advisory"] },
  { q: "tutoring", kind: "exact", expect: ["intelligent-tutoring-systems"] },
  { q: "路径规划", locale: "zh", kind: "exact", expect: ["route-planning"] },
  { q: "疾病诊断", locale: "zh", kind: "exact", expect: ["disease-diagnosis"] },
  { q: "量化交易", locale: "zh", kind: "exact", expect: ["quantitative-trading"] },
  { q: "货物", locale: "zh", kind: "exact", expect: ["cargo-tracking"] },
  { q: "智能调度", locale: "zh", kind: "exact", expect: ["intelligent-scheduling"] },
  { q: "药物", locale: "zh", kind: "exact", expect: ["drug-discovery"] },
  // English inflections.
  { q: "imaging", kind: "stem", expect: ["medical-image-analysis"] },
  { q: "images", kind: "stem", expect: ["medical-image-analysis"] },
  { q: "image", kind: "stem", expect: ["medical-image-analysis"] },
  { q: "diagnoses", kind: "stem", expect: ["disease-diagnosis"] },
  { q: "planning", kind: "stem", expect: ["route-planning", "personalized-learning-plans"] },
  { q: "plan", kind: "stem", expect: ["route-planning", "personalized-learning-plans"] },
  { q: "trades", kind: "stem", expect: ["quantitative-trading"] },
  { q: "tracked", kind: "stem", expect: ["cargo-tracking", "learning-process-monitoring"] },
  { q: "monitored", kind: "stem", expect: ["learning-process-monitoring"] },
  { q: "scheduled", kind: "stem", expect: ["intelligent-scheduling"] },
  { q: "platform", kind: "stem", expect: ["adaptive-learning-platforms"] },
  { q: "molecule", kind: "stem", expect: ["drug-discovery"] },
  // Aliases (and names) of techniques, domains, mechanisms and challenges.
  { q: "CV", kind: "alias", expect: VISION },
  { q: "机器视觉", locale: "zh", kind: "alias", expect: VISION },
  { q: "machine vision", kind: "alias", expect: VISION },
  { q: "NLP", kind: "alias", expect: NLP },
  { q: "自然语言", locale: "zh", kind: "alias", expect: NLP },
  { q: "LLM", kind: "alias", expect: ["disease-diagnosis", "drug-discovery", "medical-image-analysis"] },
  { q: "fintech", kind: "alias", expect: FINANCE },
  { q: "supply chain", kind: "alias", expect: LOGISTICS },
  { q: "RL", kind: "alias", expect: ["adaptive-learning-platforms", "quantitative-trading", "route-planning", "intelligent-scheduling"] },
  { q: "知识图谱", locale: "zh", kind: "alias", expect: ["intelligent-tutoring-systems", "adaptive-learning-platforms", "personalized-learning-plans", "drug-discovery", "risk-control"] },
  { q: "fraud detection", kind: "alias", expect: ["learning-process-monitoring", "risk-control", "cargo-tracking"] },
  { q: "XAI", kind: "alias", expect: ["adaptive-learning-platforms", "quantitative-trading", "risk-control"] },
  { q: "teamwork", kind: "alias", expect: ["intelligent-tutoring-systems", "disease-diagnosis", "intelligent-scheduling"] },
  // Typos: "did you mean".
  { q: "route planing", kind: "typo", expect: ["route-planning"], suggest: true },
  { q: "quantitive trading", kind: "typo", expect: ["quantitative-trading"] },
  { q: "computer visoin", kind: "typo", expect: VISION, suggest: true },
  { q: "recomender systems", kind: "typo", expect: ["adaptive-learning-platforms", "personalized-learning-plans", "intelligent-investment-advisory"], suggest: true },
  { q: "portfollio", kind: "typo", expect: ["intelligent-investment-advisory"], suggest: true },
  { q: "机器视角", locale: "zh", kind: "typo", expect: VISION, suggest: true },
  { q: "diagnosys", kind: "typo", expect: ["disease-diagnosis"] },
  // Cross-language: a query in one language on the other language's pages.
  { q: "医疗", locale: "en", kind: "cross-language", expect: HEALTHCARE },
  { q: "风险", locale: "en", kind: "cross-language", expect: ["risk-control"] },
  { q: "物流", locale: "en", kind: "cross-language", expect: LOGISTICS },
  { q: "trading", locale: "zh", kind: "cross-language", expect: ["quantitative-trading"] },
  { q: "education", locale: "zh", kind: "cross-language", expect: EDUCATION },
  { q: "diagnosis", locale: "zh", kind: "cross-language", expect: ["disease-diagnosis"] },
];
