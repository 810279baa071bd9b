// Seeded aliases: the other names people type for each domain, technique, mechanism and challenge, in
// both languages. Search treats a query that names an alias like a filter on that entity (lib/search/aliases.ts).
// Admins edit them like any field; seed.test.ts checks that every seeded entity has some in both languages.
type Aliases = { zh: string[]; en: string[] };

export const SEED_ALIASES: Record<"domains" | "techniques" | "mechanisms" | "challenges", Record<string, Aliases>> = {
  domains: {
    education: { zh: ["教学", "学校", "教育科技"], en: ["edtech", "teaching", "schools"] },
    healthcare: { zh: ["医疗", "医学", "健康", "医院"], en: ["health care", "medicine", "medical", "clinical"] },
    finance: { zh: ["金融科技", "银行", "投资"], en: ["fintech", "banking", "investment"] },
    logistics: { zh: ["物流", "运输", "供应链"], en: ["transportation", "transport", "supply chain", "shipping"] },
  },
  techniques: {
    nlp: { zh: ["自然语言", "文本理解", "语言模型"], en: ["NLP", "natural language", "text understanding", "language models"] },
    "computer-vision": { zh: ["机器视觉", "视觉", "图像识别"], en: ["CV", "machine vision", "image recognition"] },
    speech: { zh: ["语音", "语音识别", "语音合成"], en: ["ASR", "TTS", "voice", "speech recognition", "speech synthesis"] },
    "recommender-systems": { zh: ["推荐", "个性化推荐", "推荐算法"], en: ["recommendation", "recommender", "recsys"] },
    "data-augmentation": { zh: ["数据扩充", "样本增强"], en: ["augmentation", "data expansion"] },
    "model-distillation": { zh: ["知识蒸馏", "蒸馏", "模型压缩"], en: ["knowledge distillation", "distillation", "model compression"] },
    "multi-task-learning": { zh: ["多任务", "联合学习"], en: ["MTL", "multitask learning", "joint learning"] },
    "deep-learning": { zh: ["大模型", "深度神经网络", "神经网络"], en: ["DL", "LLM", "large models", "neural networks", "deep neural networks"] },
    regression: { zh: ["线性回归", "回归分析"], en: ["linear regression", "regression analysis"] },
    "multimodal-fusion": { zh: ["多模态", "跨模态"], en: ["multimodal", "multimodality", "cross-modal"] },
    sigmoid: { zh: ["S 型函数", "逻辑函数"], en: ["logistic function", "sigmoid activation"] },
    relu: { zh: ["线性整流函数", "整流线性单元"], en: ["rectified linear unit", "ReLU activation"] },
    tanh: { zh: ["双曲正切", "双曲正切函数"], en: ["hyperbolic tangent", "tanh activation"] },
    mse: { zh: ["均方误差", "平方损失"], en: ["MSE", "mean squared error", "L2 loss", "squared error"] },
    "cross-entropy": { zh: ["交叉熵", "对数损失"], en: ["log loss", "logistic loss", "cross entropy"] },
    "reinforcement-learning": { zh: ["强化", "增强学习"], en: ["RL", "reward learning"] },
    "time-series-forecasting": { zh: ["时序预测", "时间序列", "预测"], en: ["forecasting", "time series", "prediction"] },
    "knowledge-graphs": { zh: ["知识库", "图谱"], en: ["KG", "knowledge graph", "knowledge base"] },
    "anomaly-detection": { zh: ["异常识别", "欺诈检测", "离群点检测"], en: ["outlier detection", "fraud detection", "anomalies"] },
  },
  mechanisms: {
    "data-sharing": { zh: ["数据互通", "数据交换"], en: ["data exchange", "shared data", "open data"] },
    "algorithm-fusion": { zh: ["算法结合", "模型融合"], en: ["model fusion", "algorithm combination", "ensemble"] },
    "team-collaboration": { zh: ["跨学科协作", "团队合作", "协作"], en: ["teamwork", "interdisciplinary collaboration", "collaboration"] },
  },
  challenges: {
    "data-privacy-security": { zh: ["隐私", "数据安全", "隐私保护"], en: ["privacy", "data security", "data protection"] },
    interpretability: { zh: ["可解释性", "黑箱", "透明度"], en: ["explainability", "XAI", "black box", "transparency"] },
    "ethics-bias": { zh: ["伦理", "偏见", "公平性"], en: ["ethics", "bias", "fairness", "morality"] },
  },
};

/** The stored alias texts of one seeded entity ("" when it has none). */
export function seedAliases(kind: keyof typeof SEED_ALIASES, slug: string): { aliasesZh: string; aliasesEn: string } {
  const a = SEED_ALIASES[kind][slug];
  return { aliasesZh: a?.zh.join(", ") ?? "", aliasesEn: a?.en.join(", ") ?? "" };
}
