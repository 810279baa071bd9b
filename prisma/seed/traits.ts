// §1.2's three traits of large models ("大模型的特点包括"), zh from the Chinese copy, en from the English copy.
// Seeded as the catalog's `traits` (content.ts: `entities.traits`); About shows them, /api/v1/traits lists them.
import type { SeedSimple } from "./types";

export const traits: SeedSimple[] = [
  {
    slug: "large-parameter-count",
    name: { zh: "参数数量庞大", en: "Massive parameter numbers" },
    summary: {
      zh: "大模型的参数数量远超传统模型，这使其能够更好地捕捉数据中的复杂模式和规律。",
      en: "Large-scale models have far more parameters than traditional models, enabling them to better capture complex patterns and rules in data.",
    },
    source: "§1.2",
  },
  {
    slug: "strong-learning-ability",
    name: { zh: "强大的学习能力", en: "Strong learning ability" },
    summary: {
      zh: "大模型通过大量的数据和训练迭代，能够自动学习并提取数据中的潜在特征。",
      en: "Through extensive data and training iterations, large-scale models can automatically learn and extract latent features from data.",
    },
    source: "§1.2",
  },
  {
    slug: "broad-applicability",
    name: { zh: "广泛的适用性", en: "Broad applicability" },
    summary: {
      zh: "大模型可以应用于各种不同的任务，从文本生成、机器翻译到图像识别和语音识别。",
      en: "Large-scale models can be applied to a wide range of tasks, from text generation and machine translation to image recognition and speech synthesis.",
    },
    source: "§1.2",
  },
];
