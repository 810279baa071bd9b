// Which passage of the article each catalog entity was drawn from. The catalog's own `source` fields (§ refs) say
// the section; this small checked-in map names the finer passage (a paragraph or list item: `s6-1-p1`) and, inside a
// paragraph that several entities share, the phrase that names each one (zh and en). An entity whose § has no entry
// here is attached to its section's heading. Pure: no React, no Prisma.
import type { ArticleBlock, ArticleCopy } from "./parse";
import { anchorFor, findBlock, findPart } from "./parse";

export type ArticleEntityKind =
  | "use-case"
  | "technique"
  | "domain"
  | "mechanism"
  | "challenge"
  | "advantage"
  | "driver"
  | "trend"
  | "faq"
  | "resource"
  | "workflow-step"
  | "trait";

export interface PassageEntry {
  kind: ArticleEntityKind;
  slug: string;
  /** The passage's anchor, the same in both copies shown. */
  passage: string;
  /** The words naming the entity inside the passage; absent: the item's bold lead, or the passage as a whole. */
  phrase?: { zh: string; en: string };
}

const item = (kind: ArticleEntityKind, slug: string, passage: string): PassageEntry => ({ kind, slug, passage });
const phrase = (kind: ArticleEntityKind, slug: string, passage: string, zh: string, en: string): PassageEntry => ({
  kind,
  slug,
  passage,
  phrase: { zh, en },
});

export const PASSAGES: readonly PassageEntry[] = [
  // §1.2 the three traits of large models (entities: About, `#trait-{slug}`)
  item("trait", "large-parameter-count", "s1-2-p2"),
  item("trait", "strong-learning-ability", "s1-2-p3"),
  item("trait", "broad-applicability", "s1-2-p4"),
  // §1.3 drivers
  item("driver", "technology-drive", "s1-3-p2"),
  item("driver", "market-demand", "s1-3-p3"),
  item("driver", "policy-support", "s1-3-p4"),
  // §2.1 fields (techniques) and medical health (the healthcare domain)
  item("technique", "nlp", "s2-1-p2"),
  item("technique", "computer-vision", "s2-1-p3"),
  item("technique", "speech", "s2-1-p4"),
  item("technique", "recommender-systems", "s2-1-p5"),
  item("domain", "healthcare", "s2-1-p6"),
  // §2.2 mechanisms, §2.3 advantages
  item("mechanism", "data-sharing", "s2-2-p2"),
  item("mechanism", "algorithm-fusion", "s2-2-p3"),
  item("mechanism", "team-collaboration", "s2-2-p4"),
  item("advantage", "resource-integration", "s2-3-p2"),
  item("advantage", "collaborative-innovation", "s2-3-p3"),
  item("advantage", "cost-reduction", "s2-3-p4"),
  // §3.1 deep learning and its five steps, §3.2 training strategies
  phrase("technique", "deep-learning", "s3-1-p1", "深度学习是AI技术的核心", "Deep learning is the core of AI technology"),
  item("workflow-step", "step-1", "s3-1-p2"),
  item("workflow-step", "step-2", "s3-1-p3"),
  item("workflow-step", "step-3", "s3-1-p4"),
  item("workflow-step", "step-4", "s3-1-p5"),
  item("workflow-step", "step-5", "s3-1-p6"),
  item("technique", "data-augmentation", "s3-2-p2"),
  item("technique", "model-distillation", "s3-2-p3"),
  item("technique", "multi-task-learning", "s3-2-p4"),
  // §4 building blocks and the regression example
  item("technique", "sigmoid", "s4-1-p2"),
  item("technique", "relu", "s4-1-p3"),
  item("technique", "tanh", "s4-1-p4"),
  item("technique", "mse", "s4-2-p2"),
  item("technique", "cross-entropy", "s4-2-p3"),
  phrase("technique", "regression", "s4-3-p1", "回归任务", "regression task"),
  // §6 the use cases, each named in its domain's paragraph
  phrase("use-case", "intelligent-tutoring-systems", "s6-1-p1", "智能辅导系统", "intelligent tutoring systems"),
  phrase("use-case", "adaptive-learning-platforms", "s6-1-p1", "自适应学习平台", "adaptive learning platforms"),
  phrase("use-case", "learning-process-monitoring", "s6-1-p1", "对学生学习过程的实时监控", "real-time monitoring of the learning process"),
  phrase("use-case", "personalized-learning-plans", "s6-1-p1", "个性化学习计划", "personalized learning plans"),
  phrase("use-case", "disease-diagnosis", "s6-2-p1", "疾病诊断", "disease diagnosis"),
  phrase("use-case", "drug-discovery", "s6-2-p1", "药物研发", "drug development"),
  phrase("use-case", "medical-image-analysis", "s6-2-p1", "医疗影像分析", "medical image analysis"),
  phrase("use-case", "risk-control", "s6-3-p1", "风险控制", "risk control"),
  phrase("use-case", "intelligent-investment-advisory", "s6-3-p1", "智能投顾", "intelligent investment advisory"),
  phrase("use-case", "quantitative-trading", "s6-3-p1", "量化交易", "quantitative trading"),
  phrase("use-case", "route-planning", "s6-4-p1", "路径规划", "route planning"),
  phrase("use-case", "cargo-tracking", "s6-4-p1", "货物跟踪", "cargo tracking"),
  phrase("use-case", "intelligent-scheduling", "s6-4-p1", "智能调度", "intelligent scheduling"),
  // §7 resources
  phrase("resource", "deep-learning-book", "s7-1-p1", "《深度学习》", '"Deep Learning"'),
  phrase("resource", "nndl-book", "s7-1-p1", "《神经网络与深度学习》", '"Neural Network and Deep Learning"'),
  phrase("resource", "neurips", "s7-1-p2", "NeurIPS", "NeurIPS"),
  phrase("resource", "icml", "s7-1-p2", "ICML", "ICML"),
  phrase("resource", "jmlr", "s7-1-p2", "JMLR", "JMLR"),
  phrase("resource", "cnblogs", "s7-1-p3", "博客园", "Blog Garden"),
  phrase("resource", "csdn", "s7-1-p3", "CSDN", "CSDN"),
  phrase("resource", "zhihu", "s7-1-p3", "知乎", "Zhihu"),
  phrase("resource", "github", "s7-1-p4", "GitHub", "GitHub"),
  phrase("resource", "google-colab", "s7-1-p4", "Google Colab", "Google Colab"),
  phrase("resource", "tensorflow", "s7-2-p1", "TensorFlow", "TensorFlow"),
  phrase("resource", "pytorch", "s7-2-p1", "PyTorch", "PyTorch"),
  phrase("resource", "keras", "s7-2-p1", "Keras", "Keras"),
  phrase("resource", "pandas", "s7-2-p2", "Pandas", "Pandas"),
  phrase("resource", "numpy", "s7-2-p2", "NumPy", "NumPy"),
  phrase("resource", "git", "s7-2-p3", "Git", "Git"),
  phrase(
    "resource",
    "distributed-deep-learning-paper",
    "s7-3-p1",
    "Distributed Deep Learning: overcoming the Bottlenecks to Large-Scale Neural Networks",
    "Distributed Deep Learning: overcoming the Bottlenecks to Large-Scale Neural Networks",
  ),
  phrase("resource", "deep-learning-msr", "s7-3-p2", "《深度学习》（微软研究院）", '"Deep Learning" by Microsoft Research'),
  // §8 trends (multimodal fusion is also a technique) and challenges
  item("trend", "algorithm-performance", "s8-1-p1"),
  item("trend", "application-expansion", "s8-1-p2"),
  item("trend", "multimodal-fusion-trend", "s8-1-p3"),
  item("technique", "multimodal-fusion", "s8-1-p3"),
  item("challenge", "data-privacy-security", "s8-2-p1"),
  item("challenge", "interpretability", "s8-2-p2"),
  item("challenge", "ethics-bias", "s8-2-p3"),
  // §9 FAQ: each answer
  item("faq", "what-are-large-models", "s9-1-p1"),
  item("faq", "where-are-large-models-applied", "s9-2-p1"),
  item("faq", "what-tools-for-training", "s9-3-p1"),
];

/** Editor's notes placed beside the passage they correct (a note not listed sits at its § heading). */
export const NOTE_PASSAGES: Readonly<Record<string, string>> = {
  "parameter-count-discrepancy": "s1-2-p1",
  "regression-no-hidden-layer": "s4-3-p3",
  "regression-denormalization-no-op": "s5-2-p2",
  "regression-mse-unreachable": "s5-4-p3",
  "nndl-author": "s7-1-p1",
};

/** The article's sections an entry cites: "§4.3, §5" → ["4.3", "5"]; "editorial" or a link → []. */
export function sourceSections(source: string): string[] {
  return [...source.matchAll(/§\s*(\d+(?:\.\d+)?)/g)].map((m) => m[1]);
}

export interface ArticleEntity {
  kind: ArticleEntityKind;
  slug: string;
  name: string;
  /** Locale-less path of the entity's page (for the i18n Link). */
  href: string;
  source: string;
}

export interface NoteLike {
  slug: string;
  source: string;
}

export interface PassageMark {
  entity: ArticleEntity;
  /** The words to link inside the passage, when found there. */
  phrase?: string;
}

export interface Placement<N extends NoteLike> {
  /** Marks per passage anchor (`s6-1-p1`). */
  passages: Map<string, PassageMark[]>;
  /** Entities drawn from a whole section or sub-section, per its anchor (`s6-1`). */
  parts: Map<string, ArticleEntity[]>;
  /** Notes per anchor, passage or part. */
  notes: Map<string, N[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function inPart(passage: string, number: string): boolean {
  return passage.startsWith(`${anchorFor(number)}-p`);
}

/** The phrase of an entry in one copy: the given words, else the item's bold lead when the item names one entity. */
function phraseIn(block: ArticleBlock, entry: PassageEntry, locale: "zh" | "en", shared: boolean): string | undefined {
  const words = entry.phrase?.[locale] ?? (shared ? undefined : block.lead);
  return words && block.text.includes(words) ? words : undefined;
}

/** Places the entities and notes on the copy shown for `locale`. */
export function placeAnnotations<N extends NoteLike>(
  copy: ArticleCopy,
  locale: "zh" | "en",
  entities: ArticleEntity[],
  notes: N[],
  passages: readonly PassageEntry[] = PASSAGES,
  notePassages: Readonly<Record<string, string>> = NOTE_PASSAGES,
): Placement<N> {
  const out: Placement<N> = { passages: new Map(), parts: new Map(), notes: new Map() };
  const perPassage = new Map<string, number>();
  for (const p of passages) perPassage.set(p.passage, (perPassage.get(p.passage) ?? 0) + 1);
  for (const entity of entities) {
    for (const number of sourceSections(entity.source)) {
      const entries = passages.filter((p) => p.kind === entity.kind && p.slug === entity.slug && inPart(p.passage, number));
      const placed = entries.flatMap((entry) => {
        const block = findBlock(copy, entry.passage);
        if (!block) return [];
        push(out.passages, entry.passage, { entity, phrase: phraseIn(block, entry, locale, (perPassage.get(entry.passage) ?? 0) > 1) });
        return [entry];
      });
      if (placed.length === 0 && findPart(copy, number)) push(out.parts, anchorFor(number), entity);
    }
  }
  for (const note of notes) {
    const passage = notePassages[note.slug];
    if (passage && findBlock(copy, passage)) {
      push(out.notes, passage, note);
      continue;
    }
    const number = sourceSections(note.source)[0];
    if (number && findPart(copy, number)) push(out.notes, anchorFor(number), note);
  }
  return out;
}
