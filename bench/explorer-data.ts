// Synthetic catalog for bench:explorer: N published use cases with realistic, skewed links and bilingual text, from a
// fixed seed. Written straight through better-sqlite3 (setup is not what we measure), so the database's own triggers
// maintain the search index and the explorer's aggregates exactly as they do for the app's writes.
import type Database from "better-sqlite3";

/** mulberry32: a tiny seeded generator, so every run builds the same catalog. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Named = { slug: string; zh: string; en: string };
type Domain = Named & { weight: number; scenarios: Array<[string, string]>; pool: string[]; zhWords: string[]; enWords: string[] };
type Technique = Named & { category: "field" | "training-strategy" | "general" | "building-block" };

export const DOMAINS: Domain[] = [
  {
    slug: "education", zh: "教育", en: "Education", weight: 0.22,
    scenarios: [["智能辅导", "intelligent tutoring"], ["自适应学习", "adaptive learning"], ["作业批改", "homework grading"], ["学情分析", "learning analytics"], ["口语测评", "speaking assessment"], ["个性化学习计划", "personalized learning plans"], ["课堂监测", "classroom monitoring"], ["题库生成", "question generation"]],
    pool: ["nlp", "speech", "recommender-systems", "knowledge-graphs", "reinforcement-learning", "time-series-forecasting", "anomaly-detection", "transformers", "clustering", "multimodal-fusion", "active-learning", "explainable-ai"],
    zhWords: ["学生", "教师", "课程", "知识点", "练习", "学习效率", "课堂"], enWords: ["students", "teachers", "courses", "knowledge points", "exercises", "learning outcomes", "classrooms"],
  },
  {
    slug: "healthcare", zh: "医疗健康", en: "Healthcare", weight: 0.2,
    scenarios: [["医疗影像分析", "medical image analysis"], ["疾病诊断", "disease diagnosis"], ["药物研发", "drug discovery"], ["病历结构化", "clinical note structuring"], ["病理切片识别", "pathology slide reading"], ["慢病管理", "chronic disease management"], ["医疗问答", "medical question answering"], ["手术规划", "surgical planning"]],
    pool: ["computer-vision", "deep-learning", "data-augmentation", "nlp", "knowledge-graphs", "multi-task-learning", "object-detection", "semantic-segmentation", "federated-learning", "transfer-learning", "graph-neural-networks", "explainable-ai"],
    zhWords: ["医疗", "患者", "医生", "影像", "临床", "医院", "诊疗"], enWords: ["medical", "patients", "clinicians", "imaging", "clinical", "hospitals", "care"],
  },
  {
    slug: "finance", zh: "金融", en: "Finance", weight: 0.2,
    scenarios: [["风险控制", "risk control"], ["智能投顾", "robo-advisory"], ["量化交易", "quantitative trading"], ["反欺诈", "fraud detection"], ["信用评分", "credit scoring"], ["反洗钱", "anti-money laundering"], ["智能客服", "customer service"], ["财报分析", "financial report analysis"]],
    pool: ["anomaly-detection", "regression", "knowledge-graphs", "time-series-forecasting", "nlp", "recommender-systems", "graph-neural-networks", "reinforcement-learning", "causal-inference", "explainable-ai", "federated-learning", "clustering"],
    zhWords: ["金融", "风险", "交易", "客户", "信贷", "市场", "投资"], enWords: ["financial", "risk", "trades", "customers", "credit", "markets", "investment"],
  },
  {
    slug: "logistics", zh: "物流运输", en: "Logistics and transportation", weight: 0.16,
    scenarios: [["路径规划", "route planning"], ["货物跟踪", "cargo tracking"], ["智能调度", "intelligent scheduling"], ["仓储优化", "warehouse optimization"], ["需求预测", "demand forecasting"], ["配送时效预测", "delivery time prediction"], ["车队管理", "fleet management"], ["港口排程", "port scheduling"]],
    pool: ["time-series-forecasting", "reinforcement-learning", "regression", "operations-research", "anomaly-detection", "computer-vision", "graph-neural-networks", "deep-learning", "edge-ai", "ocr", "bayesian-optimization", "clustering"],
    zhWords: ["物流", "车辆", "运输", "仓库", "配送", "路线", "订单"], enWords: ["logistics", "vehicles", "shipments", "warehouses", "deliveries", "routes", "orders"],
  },
  {
    slug: "manufacturing", zh: "智能制造", en: "Manufacturing", weight: 0.12,
    scenarios: [["缺陷检测", "defect inspection"], ["预测性维护", "predictive maintenance"], ["工艺参数优化", "process parameter tuning"], ["排产计划", "production planning"], ["能耗优化", "energy optimization"], ["质量追溯", "quality traceability"]],
    pool: ["computer-vision", "anomaly-detection", "time-series-forecasting", "object-detection", "edge-ai", "bayesian-optimization", "regression", "transfer-learning", "data-augmentation", "operations-research", "model-distillation", "deep-learning"],
    zhWords: ["工厂", "产线", "设备", "质量", "工艺", "传感器"], enWords: ["factories", "production lines", "equipment", "quality", "processes", "sensors"],
  },
  {
    slug: "agriculture", zh: "智慧农业", en: "Agriculture", weight: 0.1,
    scenarios: [["病虫害识别", "pest and disease recognition"], ["产量预测", "yield prediction"], ["精准灌溉", "precision irrigation"], ["遥感监测", "remote-sensing monitoring"], ["农产品分级", "produce grading"]],
    pool: ["computer-vision", "time-series-forecasting", "regression", "semantic-segmentation", "edge-ai", "data-augmentation", "transfer-learning", "clustering", "object-detection", "multimodal-fusion", "model-distillation", "causal-inference"],
    zhWords: ["农田", "作物", "农户", "灌溉", "遥感", "病虫害"], enWords: ["farmland", "crops", "farmers", "irrigation", "remote sensing", "pests"],
  },
];

export const TECHNIQUES: Technique[] = [
  { slug: "nlp", category: "field", zh: "自然语言处理（NLP）", en: "Natural language processing (NLP)" },
  { slug: "computer-vision", category: "field", zh: "计算机视觉", en: "Computer vision" },
  { slug: "speech", category: "field", zh: "语音识别与合成", en: "Speech recognition and synthesis" },
  { slug: "recommender-systems", category: "field", zh: "推荐系统", en: "Recommender systems" },
  { slug: "object-detection", category: "field", zh: "目标检测", en: "Object detection" },
  { slug: "semantic-segmentation", category: "field", zh: "图像分割", en: "Image segmentation" },
  { slug: "ocr", category: "field", zh: "文字识别", en: "Optical character recognition" },
  { slug: "data-augmentation", category: "training-strategy", zh: "数据增强", en: "Data augmentation" },
  { slug: "model-distillation", category: "training-strategy", zh: "模型蒸馏", en: "Model distillation" },
  { slug: "multi-task-learning", category: "training-strategy", zh: "多任务学习", en: "Multi-task learning" },
  { slug: "transfer-learning", category: "training-strategy", zh: "迁移学习", en: "Transfer learning" },
  { slug: "federated-learning", category: "training-strategy", zh: "联邦学习", en: "Federated learning" },
  { slug: "active-learning", category: "training-strategy", zh: "主动学习", en: "Active learning" },
  { slug: "contrastive-learning", category: "training-strategy", zh: "对比学习", en: "Contrastive learning" },
  { slug: "deep-learning", category: "general", zh: "深度学习", en: "Deep learning" },
  { slug: "regression", category: "general", zh: "回归", en: "Regression" },
  { slug: "multimodal-fusion", category: "general", zh: "多模态融合", en: "Multi-modal fusion" },
  { slug: "reinforcement-learning", category: "general", zh: "强化学习", en: "Reinforcement learning" },
  { slug: "time-series-forecasting", category: "general", zh: "时间序列预测", en: "Time-series forecasting" },
  { slug: "knowledge-graphs", category: "general", zh: "知识图谱", en: "Knowledge graphs" },
  { slug: "anomaly-detection", category: "general", zh: "异常检测", en: "Anomaly detection" },
  { slug: "transformers", category: "general", zh: "Transformer 模型", en: "Transformers" },
  { slug: "graph-neural-networks", category: "general", zh: "图神经网络", en: "Graph neural networks" },
  { slug: "causal-inference", category: "general", zh: "因果推断", en: "Causal inference" },
  { slug: "bayesian-optimization", category: "general", zh: "贝叶斯优化", en: "Bayesian optimization" },
  { slug: "clustering", category: "general", zh: "聚类分析", en: "Clustering" },
  { slug: "operations-research", category: "general", zh: "运筹优化", en: "Operations research" },
  { slug: "explainable-ai", category: "general", zh: "可解释人工智能", en: "Explainable AI" },
  { slug: "edge-ai", category: "general", zh: "边缘智能", en: "Edge AI" },
  { slug: "generative-models", category: "general", zh: "生成模型", en: "Generative models" },
  { slug: "large-language-models", category: "general", zh: "大语言模型", en: "Large language models" },
  { slug: "dimensionality-reduction", category: "general", zh: "降维", en: "Dimensionality reduction" },
  { slug: "sigmoid", category: "building-block", zh: "Sigmoid 函数", en: "Sigmoid function" },
  { slug: "relu", category: "building-block", zh: "ReLU 函数", en: "ReLU function" },
  { slug: "tanh", category: "building-block", zh: "Tanh 函数", en: "Tanh function" },
  { slug: "mse", category: "building-block", zh: "均方误差（MSE）", en: "Mean squared error (MSE)" },
  { slug: "cross-entropy", category: "building-block", zh: "交叉熵损失", en: "Cross-entropy loss" },
  { slug: "attention", category: "building-block", zh: "注意力机制", en: "Attention mechanism" },
  { slug: "dropout", category: "building-block", zh: "Dropout 正则化", en: "Dropout" },
  { slug: "batch-normalization", category: "building-block", zh: "批归一化", en: "Batch normalization" },
];

export const MECHANISMS: Array<Named & { p: number }> = [
  { slug: "data-sharing", zh: "数据共享", en: "Data sharing", p: 0.55 },
  { slug: "algorithm-fusion", zh: "算法融合", en: "Algorithm fusion", p: 0.5 },
  { slug: "team-collaboration", zh: "团队协作", en: "Team collaboration", p: 0.4 },
];

export const CHALLENGES: Array<Named & { p: number; zhWord: string; enWord: string }> = [
  { slug: "data-privacy-security", zh: "数据隐私与安全", en: "Data privacy and security", p: 0.5, zhWord: "隐私保护", enWord: "privacy" },
  { slug: "interpretability", zh: "模型可解释性", en: "Model interpretability", p: 0.45, zhWord: "可解释性", enWord: "explainability" },
  { slug: "ethics-bias", zh: "伦理与道德", en: "Ethics and morality", p: 0.3, zhWord: "公平性", enWord: "fairness" },
];

const ZH_FILLER = ["通过大模型", "在实际部署中", "结合业务数据", "提高了效率", "降低了成本", "需要持续评估", "支持实时决策", "与专家协作", "形成闭环", "逐步推广", "数据质量是关键", "模型需要定期更新"];
const EN_FILLER = ["in production", "with domain experts", "using historical data", "to improve efficiency", "at lower cost", "under continuous evaluation", "for real-time decisions", "in a closed loop", "across sites", "with careful validation", "as data drift appears", "alongside existing tools"];

function weighted<T extends { weight: number }>(items: T[], r: number): T {
  let acc = 0;
  for (const item of items) {
    acc += item.weight;
    if (r < acc) return item;
  }
  return items[items.length - 1];
}

export interface GeneratedCatalog {
  useCases: number;
  links: number;
}

/** Fills an empty, migrated database with `size` published use cases. Deterministic for a given seed. */
export function generateCatalog(db: Database.Database, size: number, seed: number): GeneratedCatalog {
  const next = rng(seed);
  const int = (n: number) => Math.floor(next() * n);
  const one = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const now = new Date("2026-11-29T00:00:00Z").getTime();
  // The format Prisma writes DateTime values in, so sorting compares like with like.
  const ts = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  let links = 0;

  const domainIds = new Map<string, number>();
  const techniqueIds = new Map<string, number>();
  const mechanismIds = new Map<string, number>();
  const challengeIds = new Map<string, number>();
  db.transaction(() => {
    DOMAINS.forEach((d, i) => {
      const r = db.prepare(`INSERT INTO "Domain" (slug, nameZh, nameEn, summaryZh, summaryEn, position, status, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 'published', ?)`)
        .run(d.slug, d.zh, d.en, `${d.zh}领域的应用`, `Applications in ${d.en.toLowerCase()}`, i, ts(now));
      domainIds.set(d.slug, Number(r.lastInsertRowid));
    });
    TECHNIQUES.forEach((t, i) => {
      const r = db.prepare(`INSERT INTO "Technique" (slug, category, nameZh, nameEn, position, status, updatedAt) VALUES (?, ?, ?, ?, ?, 'published', ?)`)
        .run(t.slug, t.category, t.zh, t.en, i, ts(now));
      techniqueIds.set(t.slug, Number(r.lastInsertRowid));
    });
    MECHANISMS.forEach((m, i) => {
      const r = db.prepare(`INSERT INTO "FusionMechanism" (slug, nameZh, nameEn, position, status, updatedAt) VALUES (?, ?, ?, ?, 'published', ?)`)
        .run(m.slug, m.zh, m.en, i, ts(now));
      mechanismIds.set(m.slug, Number(r.lastInsertRowid));
    });
    CHALLENGES.forEach((c, i) => {
      const r = db.prepare(`INSERT INTO "Challenge" (slug, nameZh, nameEn, position, status, updatedAt) VALUES (?, ?, ?, ?, 'published', ?)`)
        .run(c.slug, c.zh, c.en, i, ts(now));
      challengeIds.set(c.slug, Number(r.lastInsertRowid));
    });
  })();

  // Global technique popularity is Zipf-like: a few techniques are everywhere, most are niche.
  const zipf = TECHNIQUES.map((t, i) => ({ slug: t.slug, weight: 1 / (i + 2) }));
  const zipfTotal = zipf.reduce((s, z) => s + z.weight, 0);
  for (const z of zipf) z.weight /= zipfTotal;
  const byName = new Map(TECHNIQUES.map((t) => [t.slug, t]));

  const insertUseCase = db.prepare(
    `INSERT INTO "UseCase" (slug, domainId, titleZh, titleEn, summaryZh, summaryEn, bodyZh, bodyEn, basis, source, position, status, createdAt, updatedAt, publishedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
  );
  // Like an editor: create the draft, link it, then publish; the explorer's triggers count it once, on publishing.
  const publish = db.prepare(`UPDATE "UseCase" SET status = 'published' WHERE id = ?`);
  const insertTechnique = db.prepare(`INSERT INTO "UseCaseTechnique" (useCaseId, techniqueId, basis) VALUES (?, ?, ?)`);
  const insertMechanism = db.prepare(`INSERT INTO "UseCaseMechanism" (useCaseId, mechanismId, basis) VALUES (?, ?, ?)`);
  const insertChallenge = db.prepare(`INSERT INTO "UseCaseChallenge" (useCaseId, challengeId, basis) VALUES (?, ?, ?)`);

  const BATCH = 5_000;
  for (let start = 0; start < size; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size, start + BATCH); i++) {
        const domain = weighted(DOMAINS, next());
        const [scenarioZh, scenarioEn] = one(domain.scenarios);
        const count = 2 + int(5);
        const techniques = new Set<string>();
        while (techniques.size < count) {
          techniques.add(next() < 0.75 ? domain.pool[Math.floor(Math.pow(next(), 1.5) * domain.pool.length)] : weighted(zipf, next()).slug);
        }
        const techs = [...techniques].map((slug) => byName.get(slug)!);
        const mechs = MECHANISMS.filter((m) => next() < m.p);
        if (mechs.length === 0) mechs.push(one(MECHANISMS));
        const chals = CHALLENGES.filter((c) => next() < c.p);
        if (chals.length === 0) chals.push(one(CHALLENGES));
        const lead = techs[0];
        const variant = int(1000);

        const titleZh = `基于${lead.zh}的${scenarioZh}（${variant}）`;
        const titleEn = `${cap(scenarioEn)} with ${lead.en.toLowerCase()} (${variant})`;
        const summaryZh = `${domain.zh}领域的${scenarioZh}：${techs.map((t) => t.zh).join("、")}，关注${chals.map((c) => c.zhWord).join("和")}。`;
        const summaryEn = `${cap(scenarioEn)} in ${domain.en.toLowerCase()} using ${techs.map((t) => t.en.toLowerCase()).join(", ")}, with attention to ${chals.map((c) => c.enWord).join(" and ")}.`;
        const zhSentences: string[] = [];
        const enSentences: string[] = [];
        for (let s = 0; s < 4 + int(3); s++) {
          const t = one(techs);
          zhSentences.push(`${one(ZH_FILLER)}，${one(domain.zhWords)}场景下的${t.zh}${one(ZH_FILLER)}。`);
          enSentences.push(`${cap(t.en)} for ${one(domain.enWords)} ${one(EN_FILLER)} ${one(EN_FILLER)}.`);
        }
        const created = now - int(3 * 365 * 24 * 3600) * 1000;
        const updated = created + int(200 * 24 * 3600) * 1000;
        const r = insertUseCase.run(
          `uc-${seed}-${i + 1}`, domainIds.get(domain.slug)!, titleZh, titleEn, summaryZh, summaryEn,
          zhSentences.join(""), enSentences.join(" "), next() < 0.25 ? "article" : "editorial", `§6.${1 + int(4)}`, i,
          ts(created), ts(updated), ts(created),
        );
        const id = Number(r.lastInsertRowid);
        for (const t of techs) insertTechnique.run(id, techniqueIds.get(t.slug)!, next() < 0.15 ? "article" : "editorial");
        for (const m of mechs) insertMechanism.run(id, mechanismIds.get(m.slug)!, next() < 0.15 ? "article" : "editorial");
        for (const c of chals) insertChallenge.run(id, challengeIds.get(c.slug)!, next() < 0.15 ? "article" : "editorial");
        publish.run(id);
        links += techs.length + mechs.length + chals.length;
      }
    })();
  }
  return { useCases: size, links };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
