-- Aliases in zh and en (comma-separated) on techniques, domains, mechanisms and challenges, for search (issue 12).
ALTER TABLE "Domain" ADD COLUMN "aliasesZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Domain" ADD COLUMN "aliasesEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Technique" ADD COLUMN "aliasesZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Technique" ADD COLUMN "aliasesEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "FusionMechanism" ADD COLUMN "aliasesZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "FusionMechanism" ADD COLUMN "aliasesEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "aliasesZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "aliasesEn" TEXT NOT NULL DEFAULT '';

-- The seeded aliases (prisma/seed/aliases.ts) for catalogs seeded before this migration; entries an admin already
-- gave aliases keep theirs.
UPDATE "Domain" SET "aliasesZh" = '教学, 学校, 教育科技', "aliasesEn" = 'edtech, teaching, schools' WHERE "slug" = 'education' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Domain" SET "aliasesZh" = '医疗, 医学, 健康, 医院', "aliasesEn" = 'health care, medicine, medical, clinical' WHERE "slug" = 'healthcare' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Domain" SET "aliasesZh" = '金融科技, 银行, 投资', "aliasesEn" = 'fintech, banking, investment' WHERE "slug" = 'finance' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Domain" SET "aliasesZh" = '物流, 运输, 供应链', "aliasesEn" = 'transportation, transport, supply chain, shipping' WHERE "slug" = 'logistics' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '自然语言, 文本理解, 语言模型', "aliasesEn" = 'NLP, natural language, text understanding, language models' WHERE "slug" = 'nlp' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '机器视觉, 视觉, 图像识别', "aliasesEn" = 'CV, machine vision, image recognition' WHERE "slug" = 'computer-vision' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '语音, 语音识别, 语音合成', "aliasesEn" = 'ASR, TTS, voice, speech recognition, speech synthesis' WHERE "slug" = 'speech' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '推荐, 个性化推荐, 推荐算法', "aliasesEn" = 'recommendation, recommender, recsys' WHERE "slug" = 'recommender-systems' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '数据扩充, 样本增强', "aliasesEn" = 'augmentation, data expansion' WHERE "slug" = 'data-augmentation' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '知识蒸馏, 蒸馏, 模型压缩', "aliasesEn" = 'knowledge distillation, distillation, model compression' WHERE "slug" = 'model-distillation' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '多任务, 联合学习', "aliasesEn" = 'MTL, multitask learning, joint learning' WHERE "slug" = 'multi-task-learning' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '大模型, 深度神经网络, 神经网络', "aliasesEn" = 'DL, LLM, large models, neural networks, deep neural networks' WHERE "slug" = 'deep-learning' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '线性回归, 回归分析', "aliasesEn" = 'linear regression, regression analysis' WHERE "slug" = 'regression' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '多模态, 跨模态', "aliasesEn" = 'multimodal, multimodality, cross-modal' WHERE "slug" = 'multimodal-fusion' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = 'S 型函数, 逻辑函数', "aliasesEn" = 'logistic function, sigmoid activation' WHERE "slug" = 'sigmoid' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '线性整流函数, 整流线性单元', "aliasesEn" = 'rectified linear unit, ReLU activation' WHERE "slug" = 'relu' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '双曲正切, 双曲正切函数', "aliasesEn" = 'hyperbolic tangent, tanh activation' WHERE "slug" = 'tanh' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '均方误差, 平方损失', "aliasesEn" = 'MSE, mean squared error, L2 loss, squared error' WHERE "slug" = 'mse' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '交叉熵, 对数损失', "aliasesEn" = 'log loss, logistic loss, cross entropy' WHERE "slug" = 'cross-entropy' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '强化, 增强学习', "aliasesEn" = 'RL, reward learning' WHERE "slug" = 'reinforcement-learning' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '时序预测, 时间序列, 预测', "aliasesEn" = 'forecasting, time series, prediction' WHERE "slug" = 'time-series-forecasting' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '知识库, 图谱', "aliasesEn" = 'KG, knowledge graph, knowledge base' WHERE "slug" = 'knowledge-graphs' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Technique" SET "aliasesZh" = '异常识别, 欺诈检测, 离群点检测', "aliasesEn" = 'outlier detection, fraud detection, anomalies' WHERE "slug" = 'anomaly-detection' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "FusionMechanism" SET "aliasesZh" = '数据互通, 数据交换', "aliasesEn" = 'data exchange, shared data, open data' WHERE "slug" = 'data-sharing' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "FusionMechanism" SET "aliasesZh" = '算法结合, 模型融合', "aliasesEn" = 'model fusion, algorithm combination, ensemble' WHERE "slug" = 'algorithm-fusion' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "FusionMechanism" SET "aliasesZh" = '跨学科协作, 团队合作, 协作', "aliasesEn" = 'teamwork, interdisciplinary collaboration, collaboration' WHERE "slug" = 'team-collaboration' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Challenge" SET "aliasesZh" = '隐私, 数据安全, 隐私保护', "aliasesEn" = 'privacy, data security, data protection' WHERE "slug" = 'data-privacy-security' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Challenge" SET "aliasesZh" = '可解释性, 黑箱, 透明度', "aliasesEn" = 'explainability, XAI, black box, transparency' WHERE "slug" = 'interpretability' AND "aliasesZh" = '' AND "aliasesEn" = '';
UPDATE "Challenge" SET "aliasesZh" = '伦理, 偏见, 公平性', "aliasesEn" = 'ethics, bias, fairness, morality' WHERE "slug" = 'ethics-bias' AND "aliasesZh" = '' AND "aliasesEn" = '';
