/**
 * Seed content for Fusion Atlas (跨界融合图谱), drawn from the article in
 * ../shared/source/article.txt (two Chinese copies, then an English copy).
 *
 * zh text follows the Chinese copy; en text follows the article's own English copy, translated faithfully where
 * that copy lacks something. `source` cites the article's section. Anything we added is marked "editorial".
 */
import { traits } from "./traits";
import type { SeedContent } from "./types";

export const content: SeedContent = {
  // ---------------------------------------------------------------------------------------------------------------
  // Domains (§6; healthcare also §2.1)
  // ---------------------------------------------------------------------------------------------------------------
  domains: [
    {
      slug: "education",
      name: { zh: "教育", en: "Education" },
      summary: {
        zh: "智能辅导、自适应学习、学习过程监控与个性化学习计划。",
        en: "Intelligent tutoring, adaptive learning, learning-process monitoring and personalized learning plans.",
      },
      body: {
        zh: `**文章所述（§6.1）**：“大模型在教育领域的应用非常广泛，如智能辅导系统、自适应学习平台等。例如，通过大模型可以实现对学生学习过程的实时监控，根据学生的知识掌握情况自动生成个性化学习计划，提高学习效率。”`,
        en: `**What the article says (§6.1):** “Large-scale models have extensive applications in the education field, including intelligent tutoring systems and adaptive learning platforms. For example, through large-scale models, real-time monitoring of the learning process can be achieved, and personalized learning plans can be generated based on students' knowledge mastery, improving learning efficiency.”`,
      },
      editorial: {
        zh: `文章只列出了这些场景，没有给出具体案例、数据或效果评估。教育场景常涉及未成年人数据，隐私、公平和教师的参与在这里尤为重要。`,
        en: `The article only names these scenarios; it gives no cases, data or evaluations. Education often involves minors' data, so privacy, fairness and the role of teachers matter especially here.`,
      },
      source: "§6.1",
    },
    {
      slug: "healthcare",
      name: { zh: "医疗健康", en: "Healthcare" },
      summary: {
        zh: "疾病诊断、药物研发与医疗影像分析。",
        en: "Disease diagnosis, drug development and medical image analysis.",
      },
      body: {
        zh: `**文章所述（§2.1、§6.2）**：§2.1 把医疗健康列为大模型的主要应用领域之一：“大模型在疾病诊断、药物研发、医疗影像分析等方面有广泛的应用前景。”§6.2 重复了这三个场景：“大模型在医疗健康领域的应用包括疾病诊断、药物研发、医疗影像分析等。例如，通过大模型可以对海量医疗数据进行深度学习，提高疾病诊断的准确性和效率。”`,
        en: `**What the article says (§2.1, §6.2):** §2.1 lists medical health among the main fields of large-model applications: “Large-scale models have great potential in medical health fields, such as disease diagnosis, drug development, and medical image analysis.” §6.2 repeats the three scenarios: “Large-scale models are applied in the medical health field, including disease diagnosis, drug development, and medical image analysis. For example, through large-scale models, a deep learning can be conducted on massive medical data to improve the accuracy and efficiency of disease diagnosis.” (The English copy says “large-scale models” and calls this domain “medical health”; we say large models and healthcare.)`,
      },
      editorial: {
        zh: `文章说的是“应用前景”，没有给出临床验证或数据。医疗场景中的模型通常作为医生的辅助工具，需要经过严格验证和监管审批；患者数据的隐私、模型的可解释性和训练数据的代表性都是核心问题。`,
        en: `The article speaks of potential and offers no clinical validation or data. In practice such models usually support clinicians rather than replace them, and they need rigorous validation and regulatory approval; patient privacy, interpretability and how representative the training data are all central concerns.`,
      },
      source: "§2.1, §6.2",
    },
    {
      slug: "finance",
      name: { zh: "金融", en: "Finance" },
      summary: {
        zh: "风险控制、智能投顾与量化交易。",
        en: "Risk control, intelligent investment advisory and quantitative trading.",
      },
      body: {
        zh: `**文章所述（§6.3）**：“大模型在金融领域的应用包括风险控制、智能投顾、量化交易等。例如，通过大模型可以实现对金融市场的深度分析，提高投资决策的准确性和稳定性。”`,
        en: `**What the article says (§6.3):** “Large-scale models are applied in the financial field, including risk control, intelligent investment advisory, and quantitative trading. For example, through large-scale models, deep analysis of the financial market can be conducted to improve the accuracy and stability of investment decisions.”`,
      },
      editorial: {
        zh: `文章没有给出案例或数据。金融是受严格监管的行业：信贷等决策往往需要能向客户和监管者解释，客户数据受隐私法规保护，而市场数据噪声大、规律会随时间变化，回测表现不等于未来收益。`,
        en: `The article gives no cases or data. Finance is heavily regulated: decisions such as credit often have to be explainable to customers and regulators, customer data are protected by privacy law, and market data are noisy and shift over time, so backtested performance is no promise of future returns.`,
      },
      source: "§6.3",
    },
    {
      slug: "logistics",
      name: { zh: "物流运输", en: "Logistics and transportation" },
      summary: {
        zh: "路径规划、货物跟踪与智能调度。",
        en: "Route planning, cargo tracking and intelligent scheduling.",
      },
      body: {
        zh: `**文章所述（§6.4）**：“大模型在物流运输领域的应用包括路径规划、货物跟踪、智能调度等。例如，通过大模型可以实现对物流运输过程的实时监控和优化，提高运输效率。”`,
        en: `**What the article says (§6.4):** “Large-scale models are applied in the logistics and transportation field, including route planning, cargo tracking, and intelligent scheduling. For example, through large-scale models, real-time monitoring and optimization of the logistics and transportation process can be achieved to improve transportation efficiency.”`,
      },
      editorial: {
        zh: `文章没有给出案例或数据。这一领域长期依赖运筹优化方法（如车辆路径问题的求解器），机器学习通常用来提供预测（如行驶时间、需求量），与这些方法配合使用，而不是取而代之。`,
        en: `The article gives no cases or data. This field has long relied on operations-research methods (such as solvers for vehicle routing problems); machine learning usually supplies predictions — travel times, demand — that work alongside those methods rather than replacing them.`,
      },
      source: "§6.4",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // Techniques
  // ---------------------------------------------------------------------------------------------------------------
  techniques: [
    // §2.1 fields -------------------------------------------------------------------------------------------------
    {
      slug: "nlp",
      category: "field",
      name: { zh: "自然语言处理（NLP）", en: "Natural language processing (NLP)" },
      summary: {
        zh: "让计算机理解和生成人类语言；文章称大模型在文本生成、机器翻译、情感分析等方面表现出色。",
        en: "Getting computers to understand and generate human language; the article says large models excel at text generation, machine translation and sentiment analysis.",
      },
      body: {
        zh: `**文章所述（§2.1）**：大模型在文本生成、机器翻译、情感分析等方面表现出色。§1.1 提到的 GPT-3、BERT 都是语言模型。`,
        en: `**What the article says (§2.1):** large models excel at text generation, machine translation and sentiment analysis. GPT-3 and BERT, mentioned in §1.1, are both language models.`,
      },
      editorial: {
        zh: `如今的 NLP 大多基于在大规模文本上预训练的 Transformer 语言模型，再通过微调或提示来完成具体任务。这类模型的输出通常很流畅，但可能包含事实错误，因此在教育、医疗、金融等场景中需要核查。`,
        en: `Most NLP today builds on Transformer language models pretrained on large text corpora, then fine-tuned or prompted for a specific task. Their output is usually fluent but can contain factual errors, so it needs checking in settings such as education, healthcare and finance.`,
      },
      source: "§2.1",
    },
    {
      slug: "computer-vision",
      category: "field",
      name: { zh: "计算机视觉", en: "Computer vision" },
      summary: {
        zh: "让计算机理解图像和视频；文章提到图像分类、目标检测、图像生成。",
        en: "Getting computers to interpret images and video; the article mentions image classification, object detection and image generation.",
      },
      body: {
        zh: `**文章所述（§2.1）**：大模型在图像分类、目标检测、图像生成等领域有着重要的应用。`,
        en: `**What the article says (§2.1):** large models play a significant role in image classification, object detection and image generation.`,
      },
      editorial: {
        zh: `常用模型包括卷积神经网络和视觉 Transformer。视觉模型对数据分布的变化比较敏感：换一种设备、光照或拍摄角度，效果可能明显下降，所以需要在实际使用的数据上验证。`,
        en: `Common model families are convolutional neural networks and vision Transformers. Vision models are sensitive to shifts in the data: a different device, lighting or camera angle can degrade them noticeably, so they need validating on the data they will actually see.`,
      },
      source: "§2.1",
    },
    {
      slug: "speech",
      category: "field",
      name: { zh: "语音识别与合成", en: "Speech recognition and synthesis" },
      summary: {
        zh: "把语音转成文字（识别），或把文字转成语音（合成）。",
        en: "Turning speech into text (recognition) and text into speech (synthesis).",
      },
      body: {
        zh: `**文章所述（§2.1）**：大模型在语音识别、语音合成等领域取得了显著的进展。`,
        en: `**What the article says (§2.1):** large models have made significant progress in speech recognition and speech synthesis.`,
      },
      editorial: {
        zh: `语音识别把音频转写为文字，语音合成则根据文字生成自然的语音；两者常与 NLP 组合成语音对话系统。口音、方言和环境噪声仍会影响识别效果。`,
        en: `Recognition transcribes audio into text; synthesis generates natural-sounding speech from text. The two are often combined with NLP into spoken dialogue systems. Accents, dialects and background noise still affect recognition quality.`,
      },
      source: "§2.1",
    },
    {
      slug: "recommender-systems",
      category: "field",
      name: { zh: "推荐系统", en: "Recommender systems" },
      summary: {
        zh: "根据用户的历史行为和偏好推荐内容；文章提到算法优化与个性化推荐。",
        en: "Recommending items from users' past behaviour and preferences; the article mentions algorithm optimization and personalized recommendation.",
      },
      body: {
        zh: `**文章所述（§2.1）**：大模型在推荐系统的算法优化、个性化推荐等方面发挥了重要作用。`,
        en: `**What the article says (§2.1):** large models play an important role in algorithm optimization and personalized recommendation in recommender systems.`,
      },
      editorial: {
        zh: `推荐系统从用户与内容的交互记录中学习偏好，为每个用户排序候选内容。常见的问题包括冷启动（新用户、新内容缺少数据），以及只推荐“相似内容”带来的信息茧房。`,
        en: `A recommender learns preferences from records of user–item interactions and ranks candidate items for each user. Typical problems are cold start (new users and items have little data) and filter bubbles from recommending only "more of the same".`,
      },
      source: "§2.1",
    },

    // §3.2 training strategies ------------------------------------------------------------------------------------
    {
      slug: "data-augmentation",
      category: "training-strategy",
      name: { zh: "数据增强", en: "Data augmentation" },
      summary: {
        zh: "对训练数据做保持标签不变的变换，增加多样性，提高模型泛化能力。",
        en: "Applying label-preserving transformations to training data to increase its diversity and improve generalization.",
      },
      body: {
        zh: `**文章所述（§3.2）**：通过数据增强技术增加训练数据的多样性，提高模型泛化能力。`,
        en: `**What the article says (§3.2):** data augmentation increases the diversity of training data, enhancing the model's generalization ability.`,
      },
      editorial: {
        zh: `常见做法有：图像的翻转、裁剪、颜色扰动，音频加噪声或变速，文本的同义改写。关键是变换不能改变样本的含义——例如在医疗影像中，左右翻转可能改变解剖学意义，增强方式需要与领域专家确认。`,
        en: `Typical transforms are flips, crops and colour jitter for images, added noise or speed changes for audio, and paraphrasing for text. The key constraint is that a transform must not change what the sample means — in medical imaging, for instance, a left–right flip can change the anatomy, so augmentations should be checked with domain experts.`,
      },
      source: "§3.2",
    },
    {
      slug: "model-distillation",
      category: "training-strategy",
      name: { zh: "模型蒸馏", en: "Model distillation" },
      summary: {
        zh: "训练一个小模型去模仿大模型的输出，以更低的成本保留大部分准确率。",
        en: "Training a small model to imitate a large model's outputs; it keeps much of the accuracy at lower cost.",
      },
      body: {
        zh: `**文章所述（§3.2）**：使用小模型对大模型进行蒸馏，提取关键特征，提高模型效率和可解释性。`,
        en: `**What the article says (§3.2):** small models are used to distill large models, extracting key features and improving model efficiency and interpretability.`,
      },
      editorial: {
        zh: `在常见的知识蒸馏（Hinton 等，2015）中，小的“学生”模型学习拟合大的“教师”模型输出的概率分布（软标签），主要收益是推理更快、更省资源，便于部署到手机或边缘设备。至于可解释性：学生模型通常仍是神经网络，并不会因此自动变得可解释；只有蒸馏到决策树等本身较易理解的模型时才有这方面的帮助。`,
        en: `In standard knowledge distillation (Hinton et al., 2015), a small "student" model is trained to match the probability distributions (soft labels) output by a large "teacher". The main gain is cheaper, faster inference, which helps deployment on phones or edge devices. As for interpretability: the student is usually still a neural network and does not become interpretable by being smaller; that benefit only applies when distilling into an inherently simpler model such as a decision tree.`,
      },
      source: "§3.2",
    },
    {
      slug: "multi-task-learning",
      category: "training-strategy",
      name: { zh: "多任务学习", en: "Multi-task learning" },
      summary: {
        zh: "让一个模型同时学习多个相关任务，共享表示，提高泛化能力。",
        en: "Training one model on several related tasks at once with a shared representation, to improve generalization.",
      },
      body: {
        zh: `**文章所述（§3.2）**：通过多任务学习，使模型在多个任务上同时学习，提高模型泛化能力。`,
        en: `**What the article says (§3.2):** multi-task learning lets the model learn across multiple tasks simultaneously, improving generalization.`,
      },
      editorial: {
        zh: `典型结构是共享的主干网络加上每个任务各自的输出头，总损失是各任务损失的加权和。任务相关时，共享的信息能起到正则化作用；任务彼此冲突时，效果反而可能下降（称为负迁移），任务权重也需要调节。`,
        en: `A typical design is a shared backbone with one output head per task, trained on a weighted sum of the task losses. When tasks are related, the shared signal acts as a regularizer; when they conflict, performance can get worse (negative transfer), and the task weights need tuning.`,
      },
      source: "§3.2",
    },

    // General -----------------------------------------------------------------------------------------------------
    {
      slug: "deep-learning",
      category: "general",
      name: { zh: "深度学习", en: "Deep learning" },
      summary: {
        zh: "用多层神经网络从数据中学习表示；文章称它是 AI 技术的核心，大模型基于深度学习构建。",
        en: "Learning representations from data with multi-layer neural networks; the article calls it the core of AI and the basis of large models.",
      },
      body: {
        zh: `**文章所述（§3.1）**：深度学习是 AI 技术的核心，大模型基于深度学习算法构建。文章给出的基本步骤是：数据预处理、模型构建、模型训练、模型评估、模型部署（见下方流程）。`,
        en: `**What the article says (§3.1):** deep learning is the core of AI technology, and large models are built on deep learning algorithms. The article gives the basic steps as data preprocessing, model construction, model training, model evaluation and model deployment (see the workflow below).`,
      },
      editorial: {
        zh: `深度学习模型由多层神经网络组成，通过反向传播和梯度下降类优化器，最小化损失函数来调整参数。§4 中的激活函数（Sigmoid、ReLU、Tanh）和损失函数（MSE、交叉熵）就是它的基本构件。`,
        en: `A deep learning model is a multi-layer neural network whose parameters are adjusted by backpropagation and a gradient-descent-style optimizer to minimize a loss function. The activation functions (sigmoid, ReLU, tanh) and loss functions (MSE, cross-entropy) of §4 are its basic building blocks.`,
      },
      source: "§3.1",
    },
    {
      slug: "regression",
      category: "general",
      name: { zh: "回归", en: "Regression" },
      summary: {
        zh: "预测连续数值的任务；文章 §4.3 和 §5 用一个简单的回归示例演示训练流程。",
        en: "Predicting a continuous value; §4.3 and §5 of the article use a simple regression example to walk through training.",
      },
      body: {
        zh: `**文章所述（§4.3、§5）**：用一个简单的神经网络做回归任务，以均方误差（MSE）为损失函数。§5.2 的代码生成 100 个样本 $x \\sim U(0,1)$，$y = 2x + \\varepsilon$（$\\varepsilon \\sim U(0,1)$），把 $x$ 和 $y$ 都标准化后，用 TensorFlow 以随机梯度下降训练 100 轮。`,
        en: `**What the article says (§4.3, §5):** a simple neural network is used for a regression task with mean squared error (MSE) as the loss. The code in §5.2 draws 100 samples $x \\sim U(0,1)$ with $y = 2x + \\varepsilon$ ($\\varepsilon \\sim U(0,1)$), standardizes (z-scores) both $x$ and $y$, and trains with stochastic gradient descent in TensorFlow for 100 epochs.`,
      },
      editorial: {
        zh: `回归模型输出连续值，例如价格、时长或数量。代码中的模型实际上是线性回归 $\\hat y = wx + b$，对这组数据也合适，因为真实关系本来就是线性的。下方的编者注指出了这一示例中的三处问题：模型结构与描述不符、反归一化无效、打印的 MSE 不可能达到。`,
        en: `A regression model outputs a continuous value such as a price, a duration or a quantity. The model in the code is in fact linear regression, $\\hat y = wx + b$, which suits this data since the true relationship is linear. The editor's notes below point out three problems with the example: the model does not match its description, the denormalization does nothing, and the printed MSE is unreachable.`,
      },
      source: "§4.3, §5",
    },
    {
      slug: "multimodal-fusion",
      category: "general",
      name: { zh: "多模态融合", en: "Multimodal fusion" },
      summary: {
        zh: "把文本、图像、语音等不同模态的数据结合起来建模。",
        en: "Modelling text, images, speech and other modalities together.",
      },
      body: {
        zh: `**文章所述（§8.1）**：文本、图像、语音等不同模态的数据将进行深度融合，提升 AI 系统的智能化水平。文章把它列为发展趋势之一。`,
        en: `**What the article says (§8.1):** text, images, speech and other kinds of data will be deeply integrated, raising the intelligence of AI systems. The article lists this as one of its future trends.`,
      },
      editorial: {
        zh: `常见做法包括：早期融合（先拼接各模态特征再建模）、后期融合（各模态分别建模后合并结果），以及用交叉注意力让各模态相互参照。难点在于各模态的数据往往不齐全、难以对齐，而且成对标注的数据较少。`,
        en: `Common approaches are early fusion (combine the modalities' features, then model), late fusion (model each modality separately, then combine the results) and cross-attention that lets modalities attend to each other. The hard parts are that modalities are often missing or hard to align, and paired, labelled data are scarce.`,
      },
      source: "§8.1",
    },

    // §4 building blocks ------------------------------------------------------------------------------------------
    {
      slug: "sigmoid",
      category: "building-block",
      name: { zh: "Sigmoid 函数", en: "Sigmoid function" },
      summary: {
        zh: "把任意实数压缩到 (0, 1) 区间的 S 形激活函数。",
        en: "An S-shaped activation function that squashes any real number into (0, 1).",
      },
      body: {
        zh: `**文章所述（§4.1）**：Sigmoid 是深度学习中常用的激活函数之一。`,
        en: `**What the article says (§4.1):** the sigmoid is one of the common activation functions in deep learning.`,
      },
      editorial: {
        zh: `它的输出在 0 和 1 之间，因此常用于二分类模型的输出层，把分数解释为概率。导数为 $\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$，最大值只有 0.25，并且当 $|x|$ 较大时趋近于 0，深层网络的隐藏层使用它容易出现梯度消失。`,
        en: `Its output lies between 0 and 1, so it is often used in the output layer of binary classifiers to read a score as a probability. Its derivative $\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$ is at most 0.25 and approaches 0 for large $|x|$, so in the hidden layers of deep networks it tends to cause vanishing gradients.`,
      },
      formula: String.raw`f(x) = \frac{1}{1 + e^{-x}}`,
      source: "§4.1",
    },
    {
      slug: "relu",
      category: "building-block",
      name: { zh: "ReLU 函数", en: "ReLU function" },
      summary: {
        zh: "修正线性单元：正数原样输出，负数输出 0。",
        en: "Rectified linear unit: passes positive inputs through unchanged and outputs 0 for negative ones.",
      },
      body: {
        zh: `**文章所述（§4.1）**：ReLU 是深度学习中常用的激活函数之一。§4.3 描述的示例网络也声称在隐藏层中使用 ReLU（但 §5.2 的代码里并没有，见回归页面的编者注）。`,
        en: `**What the article says (§4.1):** ReLU is one of the common activation functions in deep learning. The example network described in §4.3 is also said to use ReLU in its hidden layer (the code in §5.2 does not; see the editor's notes on the regression page).`,
      },
      editorial: {
        zh: `ReLU 计算简单，正区间梯度恒为 1，不会饱和，因此是深层网络隐藏层的常用选择。缺点是输入一直为负的神经元梯度为 0，可能从此不再更新（“死亡 ReLU”）。`,
        en: `ReLU is cheap to compute and its gradient is a constant 1 for positive inputs, so it does not saturate there; this makes it a default choice for hidden layers in deep networks. The drawback is that a unit whose input stays negative gets zero gradient and may stop learning ("dying ReLU").`,
      },
      formula: String.raw`f(x) = \max(0, x)`,
      source: "§4.1",
    },
    {
      slug: "tanh",
      category: "building-block",
      name: { zh: "Tanh 函数", en: "Tanh function" },
      summary: {
        zh: "双曲正切：把实数映射到 (−1, 1) 区间、以 0 为中心的激活函数。",
        en: "Hyperbolic tangent: a zero-centred activation function mapping real numbers into (−1, 1).",
      },
      body: {
        zh: `**文章所述（§4.1）**：Tanh 是深度学习中常用的激活函数之一。`,
        en: `**What the article says (§4.1):** tanh is one of the common activation functions in deep learning.`,
      },
      editorial: {
        zh: `Tanh 是平移缩放后的 Sigmoid：$\\tanh(x) = 2\\sigma(2x) - 1$。它的输出以 0 为中心，通常比 Sigmoid 更利于优化，但在 $|x|$ 较大时同样会饱和、梯度变小。它常见于循环神经网络中。`,
        en: `Tanh is a shifted and scaled sigmoid: $\\tanh(x) = 2\\sigma(2x) - 1$. Its output is centred on 0, which usually makes optimization easier than with the sigmoid, but it also saturates for large $|x|$, where gradients become small. It is common in recurrent neural networks.`,
      },
      formula: String.raw`f(x) = \frac{e^x - e^{-x}}{e^x + e^{-x}}`,
      source: "§4.1",
    },
    {
      slug: "mse",
      category: "building-block",
      name: { zh: "均方误差（MSE）", en: "Mean squared error (MSE)" },
      summary: {
        zh: "预测值与真实值之差的平方的平均值，回归任务的标准损失函数。",
        en: "The average of squared differences between predictions and true values; the standard loss for regression.",
      },
      body: {
        zh: `**文章所述（§4.2、§4.3）**：损失函数用于评估模型预测值与真实值之间的差距，MSE 是常用的一种；§4.3 和 §5 的回归示例就以它为损失函数（代码中的 \`mean_squared_error\`）。`,
        en: `**What the article says (§4.2, §4.3):** loss functions measure the gap between predicted and true values, and MSE is a common one; the regression example in §4.3 and §5 uses it as its loss (\`mean_squared_error\` in the code).`,
      },
      editorial: {
        zh: `平方会放大较大的误差，因此 MSE 对异常值敏感。对线性模型而言，最小化 MSE 就是普通最小二乘（OLS）；当目标标准化为方差 1 时，能达到的最小 MSE 等于 $1 - R^2$。`,
        en: `Squaring magnifies large errors, so MSE is sensitive to outliers. For a linear model, minimizing MSE is ordinary least squares (OLS); when the target is standardized to unit variance, the lowest achievable MSE equals $1 - R^2$.`,
      },
      formula: String.raw`L = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2`,
      source: "§4.2",
    },
    {
      slug: "cross-entropy",
      category: "building-block",
      name: { zh: "交叉熵损失", en: "Cross-entropy loss" },
      summary: {
        zh: "衡量预测概率分布与真实标签之间差距的损失函数，用于分类任务。",
        en: "A loss that measures how far predicted probabilities are from the true labels; used for classification.",
      },
      body: {
        zh: `**文章所述（§4.2）**：交叉熵损失是深度学习中常用的损失函数之一。`,
        en: `**What the article says (§4.2):** cross-entropy loss is one of the common loss functions in deep learning.`,
      },
      editorial: {
        zh: `式中 $y_i$ 是真实标签（0/1 或独热编码），$\\hat y_i$ 是模型给出的概率。文章的写法只保留了 $y_i \\log \\hat y_i$ 一项，对应独热标签的多分类形式（对类别的求和被省略了）；二分类交叉熵还要加上 $(1 - y_i)\\log(1 - \\hat y_i)$ 一项。

回归任务使用 MSE 而不是交叉熵，因为交叉熵要求输出是概率、目标是类别标签，而不是任意实数。`,
        en: `Here $y_i$ is the true label (0/1 or one-hot) and $\\hat y_i$ the predicted probability. The article's form keeps only the $y_i \\log \\hat y_i$ term, which is the multi-class form with one-hot labels (the sum over classes is left implicit); binary cross-entropy adds a $(1 - y_i)\\log(1 - \\hat y_i)$ term.

Regression uses MSE rather than cross-entropy because cross-entropy expects probabilities and class labels, not arbitrary real-valued targets.`,
      },
      formula: String.raw`L = -\frac{1}{n}\sum_{i=1}^{n}y_i\log(\hat{y}_i)`,
      source: "§4.2",
    },

    // Editorial additions (not named in the article) --------------------------------------------------------------
    {
      slug: "reinforcement-learning",
      category: "general",
      name: { zh: "强化学习", en: "Reinforcement learning" },
      summary: {
        zh: "智能体通过与环境交互、根据奖励试错来学习决策策略。",
        en: "An agent learns a decision policy by trial and error, guided by rewards from its environment.",
      },
      body: {
        zh: `*编辑补充：文章未提及此技术，加入它是为了描述部分应用场景。*

强化学习适用于连续决策问题，如调度、路径选择、学习内容排序和交易执行。它通常需要可靠的模拟环境或大量交互数据，奖励函数设计不当时，模型可能学到违背初衷的策略。`,
        en: `*Editorial addition: the article does not mention this technique; it is included to describe some of the use cases.*

Reinforcement learning suits sequential decision problems such as dispatching, routing, sequencing learning content and trade execution. It usually needs a reliable simulator or a great deal of interaction data, and a poorly designed reward can lead to a policy that games the objective.`,
      },
      source: "editorial",
    },
    {
      slug: "time-series-forecasting",
      category: "general",
      name: { zh: "时间序列预测", en: "Time-series forecasting" },
      summary: {
        zh: "根据按时间排列的历史数据预测未来的数值。",
        en: "Predicting future values from historical data ordered in time.",
      },
      body: {
        zh: `*编辑补充：文章未提及此技术，加入它是为了描述部分应用场景。*

典型对象有需求量、价格、交通流量和到达时间。方法从 ARIMA 等统计模型到循环网络、Transformer 等深度序列模型都有。数据的规律会随时间变化（非平稳），评估时必须按时间顺序划分训练集和测试集，避免“用未来预测过去”。`,
        en: `*Editorial addition: the article does not mention this technique; it is included to describe some of the use cases.*

Typical targets are demand, prices, traffic and arrival times. Methods range from statistical models such as ARIMA to deep sequence models such as recurrent networks and Transformers. Patterns drift over time (non-stationarity), so evaluation must split training and test data by time to avoid predicting the past with the future.`,
      },
      source: "editorial",
    },
    {
      slug: "knowledge-graphs",
      category: "general",
      name: { zh: "知识图谱", en: "Knowledge graphs" },
      summary: {
        zh: "用“实体—关系—实体”的图结构表示知识，支持检索与推理。",
        en: "Representing knowledge as a graph of entities and relations, to support retrieval and reasoning.",
      },
      body: {
        zh: `*编辑补充：文章未提及此技术，加入它是为了描述部分应用场景。*

例如课程中的知识点及其先修关系、药物与靶点和疾病之间的关系、企业与个人之间的关联。知识图谱可以与大模型结合，为生成的回答提供可追溯的依据；构建和维护图谱需要大量的领域工作。`,
        en: `*Editorial addition: the article does not mention this technique; it is included to describe some of the use cases.*

Examples are the knowledge points of a course and their prerequisites, relations among drugs, targets and diseases, or links between companies and people. Knowledge graphs can be combined with large models to ground generated answers in traceable facts; building and maintaining a graph takes substantial domain work.`,
      },
      source: "editorial",
    },
    {
      slug: "anomaly-detection",
      category: "general",
      name: { zh: "异常检测", en: "Anomaly detection" },
      summary: {
        zh: "从数据中找出偏离正常模式的少数样本或事件。",
        en: "Finding the rare samples or events that deviate from normal patterns.",
      },
      body: {
        zh: `*编辑补充：文章未提及此技术，加入它是为了描述部分应用场景。*

典型用途有欺诈交易识别、运输延误预警、发现学习停滞的学生。异常样本稀少且形态多变，因此常用无监督或半监督方法；误报和漏报都有代价，阈值需要结合业务来定。`,
        en: `*Editorial addition: the article does not mention this technique; it is included to describe some of the use cases.*

Typical uses are spotting fraudulent transactions, flagging shipment delays and noticing students who have stalled. Anomalies are rare and varied, so unsupervised or semi-supervised methods are common; both false alarms and misses have costs, and thresholds have to be set with the business context in mind.`,
      },
      source: "editorial",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §3.1 workflow
  // ---------------------------------------------------------------------------------------------------------------
  workflowSteps: [
    {
      position: 1,
      name: { zh: "数据预处理", en: "Data preprocessing" },
      summary: { zh: "对输入数据进行清洗、归一化等处理。", en: "Clean and normalize the input data." },
      source: "§3.1",
    },
    {
      position: 2,
      name: { zh: "模型构建", en: "Model construction" },
      summary: {
        zh: "设计并构建神经网络模型，包括输入层、隐藏层和输出层。",
        en: "Design and build the neural network, with input, hidden and output layers.",
      },
      source: "§3.1",
    },
    {
      position: 3,
      name: { zh: "训练模型", en: "Model training" },
      summary: {
        zh: "使用训练数据对模型进行迭代训练，优化模型参数。",
        en: "Train the model iteratively on training data to optimize its parameters.",
      },
      source: "§3.1",
    },
    {
      position: 4,
      name: { zh: "评估模型", en: "Model evaluation" },
      summary: {
        zh: "使用验证数据评估模型性能，调整模型结构或参数。",
        en: "Evaluate performance on validation data and adjust the model's structure or parameters.",
      },
      source: "§3.1",
    },
    {
      position: 5,
      name: { zh: "模型部署", en: "Model deployment" },
      summary: {
        zh: "将训练好的模型部署到实际应用环境中。",
        en: "Deploy the trained model into the real application environment.",
      },
      source: "§3.1",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §2.2 mechanisms, §2.3 advantages, §1.3 drivers
  // ---------------------------------------------------------------------------------------------------------------
  mechanisms: [
    {
      slug: "data-sharing",
      name: { zh: "数据共享", en: "Data sharing" },
      summary: {
        zh: "不同领域的数据相互融合，为 AI 模型提供更丰富的训练数据。",
        en: "Combining data from different fields gives AI models richer training data.",
      },
      source: "§2.2",
    },
    {
      slug: "algorithm-fusion",
      name: { zh: "算法融合", en: "Algorithm fusion" },
      summary: {
        zh: "将不同领域的技术和算法进行融合，形成新的、更有效的算法。",
        en: "Combining technologies and algorithms from different fields creates new, more effective algorithms.",
      },
      source: "§2.2",
    },
    {
      slug: "team-collaboration",
      name: { zh: "团队协作", en: "Team collaboration" },
      summary: {
        zh: "跨学科、跨领域的团队协作，共同推动 AI 技术在各个领域的应用。",
        en: "Cross-disciplinary teams work together to advance the application of AI in various fields.",
      },
      source: "§2.2",
    },
  ],

  advantages: [
    {
      slug: "resource-integration",
      name: { zh: "资源整合", en: "Resource integration" },
      summary: {
        zh: "通过跨界融合，可以整合各个领域的资源，提高 AI 模型的效果。",
        en: "Integrating resources from various fields improves the effectiveness of AI models.",
      },
      source: "§2.3",
    },
    {
      slug: "collaborative-innovation",
      name: { zh: "协同创新", en: "Collaborative innovation" },
      summary: {
        zh: "不同领域的知识相互交叉和融合，可以激发新的创新点和解决方案。",
        en: "Knowledge from different fields crossing and merging sparks new ideas and solutions.",
      },
      source: "§2.3",
    },
    {
      slug: "cost-reduction",
      name: { zh: "降低成本", en: "Cost reduction" },
      summary: {
        zh: "跨界融合可以减少重复研发的成本，提高效率。",
        en: "Reduces the cost of duplicated research and development and improves efficiency.",
      },
      source: "§2.3",
    },
  ],

  drivers: [
    {
      slug: "technology-drive",
      name: { zh: "技术驱动", en: "Technological progress" },
      summary: {
        zh: "大模型的性能和效率的提升，使得它们能够更好地处理复杂的问题，从而吸引不同领域的专家进行跨学科研究。",
        en: "Better performance and efficiency let large models handle complex problems more effectively, drawing experts from different fields into interdisciplinary research.",
      },
      source: "§1.3",
    },
    {
      slug: "market-demand",
      name: { zh: "市场需求", en: "Market demand" },
      summary: {
        zh: "各个行业对 AI 技术的需求不断增加，促使 AI 技术与其他领域的技术进行深度融合，以实现更高效、更智能的解决方案。",
        en: "Growing demand for AI across industries pushes AI to integrate with other technologies for more efficient, more intelligent solutions.",
      },
      source: "§1.3",
    },
    {
      slug: "policy-support",
      name: { zh: "政策支持", en: "Policy support" },
      summary: {
        zh: "各国政府纷纷出台相关政策，支持 AI 技术的发展和跨界应用，以推动经济和社会的数字化转型。",
        en: "Governments are issuing policies that support AI development and cross-domain application, to drive the digital transformation of economy and society.",
      },
      source: "§1.3",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §8 trends and challenges
  // ---------------------------------------------------------------------------------------------------------------
  trends: [
    {
      slug: "algorithm-performance",
      name: { zh: "算法性能提升", en: "Algorithm performance improvement" },
      summary: {
        zh: "随着计算能力的提升和算法的优化，大模型的性能将进一步提高。",
        en: "With more computing power and better algorithms, large models will keep improving.",
      },
      source: "§8.1",
    },
    {
      slug: "application-expansion",
      name: { zh: "应用领域扩展", en: "Expansion of application fields" },
      summary: {
        zh: "大模型的应用将不断向更多领域扩展，实现跨界融合。",
        en: "Large models will spread into more fields, achieving cross-domain integration.",
      },
      source: "§8.1",
    },
    {
      slug: "multimodal-fusion-trend",
      name: { zh: "多模态融合", en: "Multimodal fusion" },
      summary: {
        zh: "文本、图像、语音等不同模态的数据将进行深度融合，提升 AI 系统的智能化水平。",
        en: "Text, images, speech and other modalities will be deeply integrated, raising the intelligence of AI systems.",
      },
      source: "§8.1",
    },
  ],

  challenges: [
    {
      slug: "data-privacy-security",
      name: { zh: "数据隐私与安全", en: "Data privacy and security" },
      summary: {
        zh: "随着大模型应用场景的扩大，数据隐私和安全问题日益突出。",
        en: "As large models are used in more settings, data privacy and security problems grow more pressing.",
      },
      source: "§8.2",
    },
    {
      slug: "interpretability",
      name: { zh: "模型可解释性", en: "Model interpretability" },
      summary: {
        zh: "大模型的黑箱特性使得其决策过程难以解释，这对实际应用带来了挑战。",
        en: "The black-box nature of large models makes their decisions hard to explain, which complicates real-world use.",
      },
      source: "§8.2",
    },
    {
      slug: "ethics-bias",
      name: { zh: "伦理与道德", en: "Ethics and morality" },
      summary: {
        zh: "大模型的应用涉及伦理和道德问题，如歧视、偏见等，需要制定相应的规范和标准。",
        en: "Applying large models raises ethical issues such as discrimination and bias, which call for regulations and standards.",
      },
      source: "§8.2",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §9 FAQ
  // ---------------------------------------------------------------------------------------------------------------
  faqs: [
    {
      slug: "what-are-large-models",
      question: { zh: "什么是大模型？", en: "What are large models?" },
      answer: {
        zh: "大模型通常是指拥有数十亿至数千亿参数的大型神经网络，它们具有强大的表示能力和学习能力。",
        en: "Large models usually refer to large neural networks with billions to hundreds of billions of parameters, which have powerful representation and learning capabilities.\n\n*The article's English copy says \"hundreds of millions to several tens of billions\"; we follow the Chinese original here.*",
      },
      source: "§9.1",
    },
    {
      slug: "where-are-large-models-applied",
      question: { zh: "大模型在哪些领域有应用？", en: "Where are large models applied?" },
      answer: {
        zh: "大模型在自然语言处理、计算机视觉、语音识别、推荐系统、医疗健康等领域有广泛的应用。",
        en: "Large models are widely applied in natural language processing, computer vision, speech recognition, recommender systems and healthcare.",
      },
      source: "§9.2",
    },
    {
      slug: "what-tools-for-training",
      question: {
        zh: "大模型训练需要哪些工具和资源？",
        en: "What tools and resources does training large models require?",
      },
      answer: {
        zh: "大模型训练需要深度学习框架（如 TensorFlow、PyTorch）、数据处理工具（如 Pandas、NumPy）和计算资源（如 GPU、TPU）等。",
        en: "Training large models requires deep learning frameworks (such as TensorFlow and PyTorch), data processing tools (such as Pandas and NumPy) and computing resources (such as GPUs and TPUs).",
      },
      source: "§9.3",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §7 (and §10) resources: 18
  // ---------------------------------------------------------------------------------------------------------------
  resources: [
    // Books and papers (4)
    {
      slug: "deep-learning-book",
      kind: "book",
      name: { zh: "《深度学习》", en: "Deep Learning" },
      credit: {
        zh: "Ian Goodfellow、Yoshua Bengio、Aaron Courville",
        en: "Ian Goodfellow, Yoshua Bengio, Aaron Courville",
      },
      summary: {
        zh: "深度学习领域的经典教材，涵盖数学基础、常用深度网络和研究前沿；作者提供免费在线版。",
        en: "A standard deep learning textbook covering the mathematical background, common deep networks and research topics; the authors host a free online version.",
      },
      url: "https://www.deeplearningbook.org",
      verified: true,
      verificationNote: {
        zh: "§7.3 和 §10 把它列在“论文”之下，但它是一本书（MIT Press，2016）。",
        en: "§7.3 and §10 list it under \"papers\", but it is a book (MIT Press, 2016).",
      },
      source: "§7.1",
    },
    {
      slug: "nndl-book",
      kind: "book",
      name: { zh: "《神经网络与深度学习》", en: "Neural Networks and Deep Learning (Chinese textbook)" },
      credit: { zh: "邱锡鹏", en: "Xipeng Qiu (邱锡鹏)" },
      summary: {
        zh: "系统介绍神经网络与深度学习基础的中文教材，官网公开书稿和配套材料。",
        en: "A Chinese-language textbook on the foundations of neural networks and deep learning; the draft and course materials are on its website.",
      },
      url: "https://nndl.github.io",
      verified: true,
      verificationNote: {
        zh: "文章的英文版把作者写成“Si-Peng Liu”，第一份中文稿的 §7.3 又署名“清华大学”；实际作者是复旦大学的邱锡鹏（Xipeng Qiu）。",
        en: "The article's English copy credits \"Si-Peng Liu\", and §7.3 of the first Chinese copy credits Tsinghua University (清华大学); the author is Xipeng Qiu (邱锡鹏) of Fudan University.",
      },
      source: "§7.1",
    },
    {
      slug: "distributed-deep-learning-paper",
      kind: "paper",
      name: {
        zh: "Distributed Deep Learning: overcoming the Bottlenecks to Large-Scale Neural Networks",
        en: "Distributed Deep Learning: overcoming the Bottlenecks to Large-Scale Neural Networks",
      },
      credit: { zh: "Karthik Ramakrishnan、Eric P. Xing", en: "Karthik Ramakrishnan, Eric P. Xing" },
      summary: {
        zh: "文章在 §7.3 和 §10 推荐的论文，从标题看是关于大规模神经网络分布式训练瓶颈的。",
        en: "A paper recommended in §7.3 and §10; judging by its title, about bottlenecks in distributed training of large neural networks.",
      },
      verified: false,
      verificationNote: {
        zh: "我们查不到这篇论文的发表记录（按此标题和作者均未找到），请勿当作可靠引用。",
        en: "We could not find a publication record for this paper under this title and these authors, so do not treat it as a reliable citation.",
      },
      source: "§7.3",
    },
    {
      slug: "deep-learning-msr",
      kind: "book",
      name: { zh: "《深度学习》", en: "Deep Learning" },
      credit: { zh: "微软研究院", en: "Microsoft Research" },
      summary: {
        zh: "文章在 §7.3 和 §10 列出的著作。",
        en: "A book listed in §7.3 and §10.",
      },
      verified: false,
      verificationNote: {
        zh: "查不到署名微软研究院、题为《深度学习》的著作；可能指的是 Deng 与 Yu 的 Deep Learning: Methods and Applications（2014）。",
        en: "No book titled 深度学习 (Deep Learning) credited to Microsoft Research is known; possibly Deng & Yu, Deep Learning: Methods and Applications (2014).",
      },
      source: "§7.3",
    },

    // Venues (3)
    {
      slug: "neurips",
      kind: "venue",
      name: { zh: "NeurIPS（神经信息处理系统大会）", en: "NeurIPS (Conference on Neural Information Processing Systems)" },
      summary: {
        zh: "机器学习领域的顶级年度学术会议。",
        en: "A leading annual machine learning conference.",
      },
      url: "https://neurips.cc",
      verified: true,
      source: "§7.1",
    },
    {
      slug: "icml",
      kind: "venue",
      name: { zh: "ICML（国际机器学习大会）", en: "ICML (International Conference on Machine Learning)" },
      summary: {
        zh: "机器学习领域的顶级年度学术会议，论文集在 PMLR 公开发表。",
        en: "A leading annual machine learning conference; its proceedings are published openly in PMLR.",
      },
      url: "https://icml.cc",
      verified: true,
      source: "§7.1",
    },
    {
      slug: "jmlr",
      kind: "venue",
      name: { zh: "JMLR（机器学习研究期刊）", en: "JMLR (Journal of Machine Learning Research)" },
      summary: {
        zh: "同行评审的开放获取机器学习期刊，论文免费阅读。",
        en: "A peer-reviewed, open-access machine learning journal; papers are free to read.",
      },
      url: "https://www.jmlr.org",
      verified: true,
      source: "§7.1",
    },

    // Blogs (3)
    {
      slug: "cnblogs",
      kind: "blog",
      name: { zh: "博客园", en: "cnblogs (Blog Garden)" },
      summary: {
        zh: "中文开发者博客平台；文章质量因作者而异。",
        en: "A Chinese-language developer blogging platform; quality varies by author.",
      },
      url: "https://www.cnblogs.com",
      verified: true,
      source: "§7.1",
    },
    {
      slug: "csdn",
      kind: "blog",
      name: { zh: "CSDN", en: "CSDN" },
      summary: {
        zh: "中文开发者社区，以技术博客为主；文章质量因作者而异。",
        en: "A Chinese-language developer community centred on technical blogs; quality varies by author.",
      },
      url: "https://www.csdn.net",
      verified: true,
      source: "§7.1",
    },
    {
      slug: "zhihu",
      kind: "blog",
      name: { zh: "知乎", en: "Zhihu (知乎)" },
      summary: {
        zh: "中文问答社区，也有专栏文章；文章将其归为博客，内容质量因作者而异。",
        en: "A Chinese-language Q&A community that also hosts column articles; the article files it under blogs, and quality varies by author.",
      },
      url: "https://www.zhihu.com",
      verified: true,
      source: "§7.1",
    },

    // Sites (2)
    {
      slug: "github",
      kind: "site",
      name: { zh: "GitHub", en: "GitHub" },
      summary: {
        zh: "代码托管平台，大量开源机器学习项目在此发布。",
        en: "A code hosting platform where many open-source machine learning projects live.",
      },
      url: "https://github.com",
      verified: true,
      source: "§7.1",
    },
    {
      slug: "google-colab",
      kind: "site",
      name: { zh: "Google Colab", en: "Google Colab" },
      summary: {
        zh: "在浏览器中运行的托管 Jupyter 笔记本，提供有限额度的免费 GPU/TPU。",
        en: "Hosted Jupyter notebooks in the browser, with limited free GPU/TPU access.",
      },
      url: "https://colab.research.google.com",
      verified: true,
      source: "§7.1",
    },

    // Frameworks (3)
    {
      slug: "tensorflow",
      kind: "framework",
      name: { zh: "TensorFlow", en: "TensorFlow" },
      summary: {
        zh: "Google 开源的机器学习框架；§5.2 的示例代码就基于它（tf.keras）。",
        en: "Google's open-source machine learning framework; the example code in §5.2 uses it (tf.keras).",
      },
      url: "https://www.tensorflow.org",
      verified: true,
      source: "§7.2",
    },
    {
      slug: "pytorch",
      kind: "framework",
      name: { zh: "PyTorch", en: "PyTorch" },
      summary: {
        zh: "开源深度学习框架，最初由 Meta AI 开发，现由 PyTorch 基金会托管。",
        en: "An open-source deep learning framework, originally developed at Meta AI and now hosted by the PyTorch Foundation.",
      },
      url: "https://pytorch.org",
      verified: true,
      source: "§7.2",
    },
    {
      slug: "keras",
      kind: "framework",
      name: { zh: "Keras", en: "Keras" },
      summary: {
        zh: "高层神经网络 API；Keras 3 可运行在 JAX、TensorFlow 或 PyTorch 之上。",
        en: "A high-level neural network API; Keras 3 runs on JAX, TensorFlow or PyTorch.",
      },
      url: "https://keras.io",
      verified: true,
      source: "§7.2",
    },

    // Data tools (2)
    {
      slug: "pandas",
      kind: "data-tool",
      name: { zh: "Pandas", en: "Pandas" },
      summary: {
        zh: "Python 表格数据分析库；§5.2 的代码导入了它，但并未使用。",
        en: "A Python library for tabular data analysis; the code in §5.2 imports it but never uses it.",
      },
      url: "https://pandas.pydata.org",
      verified: true,
      source: "§7.2",
    },
    {
      slug: "numpy",
      kind: "data-tool",
      name: { zh: "NumPy", en: "NumPy" },
      summary: {
        zh: "Python 数值计算与数组库；§5.2 用它生成并标准化数据。",
        en: "Python's array and numerical computing library; §5.2 uses it to generate and normalize the data.",
      },
      url: "https://numpy.org",
      verified: true,
      source: "§7.2",
    },

    // Version control (1)
    {
      slug: "git",
      kind: "version-control",
      name: { zh: "Git", en: "Git" },
      summary: {
        zh: "分布式版本控制系统，用于管理代码（以及实验配置）的变更历史。",
        en: "A distributed version control system for tracking changes to code (and experiment configurations).",
      },
      url: "https://git-scm.com",
      verified: true,
      source: "§7.2",
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // §6 use cases: 13
  // ---------------------------------------------------------------------------------------------------------------
  useCases: [
    // Education (§6.1) ----------------------------------------------------------------------------------------------
    {
      slug: "intelligent-tutoring-systems",
      domain: "education",
      title: { zh: "智能辅导系统", en: "Intelligent tutoring systems" },
      summary: {
        zh: "借助大模型答疑、讲解并反馈练习的辅导系统；文章只点名了这一场景。",
        en: "Tutoring systems that use large models to answer questions, explain material and give feedback on exercises; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.1）**：智能辅导系统是大模型在教育领域的应用之一，文章把它与自适应学习平台并列，但没有描述具体做法或效果。`,
        en: `**What the article says (§6.1):** intelligent tutoring systems are one of the applications of large models in education, listed alongside adaptive learning platforms; the article does not describe how they work or how well.`,
      },
      editorial: {
        zh: `**通常涉及**：用自然语言处理进行对话式答疑和分步讲解；口语练习或朗读评测中用到语音识别与合成；把题目和知识点关联起来的知识结构。主要风险是讲解流畅却出错，以及处理学生（常为未成年人）数据时的隐私问题，因此通常需要教师参与内容设计和审核。`,
        en: `**What it typically involves:** natural language processing for conversational Q&A and step-by-step explanations; speech recognition and synthesis for speaking practice or reading assessment; a structured map linking exercises to knowledge points. The main risks are fluent but wrong explanations and the privacy of students' (often minors') data, so teachers are usually involved in designing and reviewing the content.`,
      },
      basis: "article",
      source: "§6.1",
      techniques: [
        { slug: "nlp", basis: "editorial" },
        { slug: "speech", basis: "editorial" },
        { slug: "knowledge-graphs", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "algorithm-fusion", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
      ],
    },
    {
      slug: "adaptive-learning-platforms",
      domain: "education",
      title: { zh: "自适应学习平台", en: "Adaptive learning platforms" },
      summary: {
        zh: "根据每个学习者的表现调整内容、难度和进度的平台；文章只点名了这一场景。",
        en: "Platforms that adjust content, difficulty and pace to each learner's performance; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.1）**：自适应学习平台是大模型在教育领域的应用之一，文章没有进一步展开。`,
        en: `**What the article says (§6.1):** adaptive learning platforms are one of the applications of large models in education; the article says no more about them.`,
      },
      editorial: {
        zh: `**通常涉及**：根据答题记录估计学习者对各知识点的掌握程度，再决定下一步推送什么内容，这与推荐系统的思路相近，也有研究用强化学习来安排学习顺序。跨课程、跨平台的数据共享可以让估计更准确，但也带来隐私问题；教师和学生需要能看懂系统为什么这样安排。`,
        en: `**What it typically involves:** estimating a learner's mastery of each knowledge point from their answers and deciding what to present next, which is close to how recommender systems work; some research uses reinforcement learning to sequence material. Sharing data across courses and platforms can sharpen these estimates but raises privacy concerns, and teachers and students need to be able to understand why the system chose a path.`,
      },
      basis: "article",
      source: "§6.1",
      techniques: [
        { slug: "recommender-systems", basis: "editorial" },
        { slug: "reinforcement-learning", basis: "editorial" },
        { slug: "knowledge-graphs", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "algorithm-fusion", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
      ],
    },
    {
      slug: "learning-process-monitoring",
      domain: "education",
      title: { zh: "学习过程实时监控", en: "Real-time learning-process monitoring" },
      summary: {
        zh: "实时跟踪学生的学习过程，及早发现困难；文章以此为教育领域的例子。",
        en: "Tracking students' learning as it happens to spot difficulties early; the article gives this as its education example.",
      },
      body: {
        zh: `**文章所述（§6.1）**：“例如，通过大模型可以实现对学生学习过程的实时监控”。文章在同一句里接着说根据学生的知识掌握情况自动生成个性化学习计划，但没有说监控是生成计划的依据。`,
        en: `**What the article says (§6.1):** “For example, through large-scale models, real-time monitoring of the learning process can be achieved”. The same sentence goes on to personalized learning plans generated from students' knowledge mastery; it does not say the monitoring is what the plans are based on.`,
      },
      editorial: {
        zh: `**通常涉及**：分析学习平台上的交互记录（答题顺序、用时、提交的作业等），按时间序列观察进展，发现卡住或掉队的学生，并用自然语言处理分析书面作答。由于本质上是监控，知情同意、数据最小化和用途限制很重要；基于摄像头的课堂监控尤其有争议。`,
        en: `**What it typically involves:** analysing interaction logs from a learning platform (answer sequences, time on task, submitted work) as time series to follow progress and flag students who are stuck or falling behind, with natural language processing for written answers. Because this is monitoring, consent, data minimization and purpose limits matter; camera-based classroom monitoring is especially contentious.`,
      },
      basis: "article",
      source: "§6.1",
      techniques: [
        { slug: "anomaly-detection", basis: "editorial" },
        { slug: "nlp", basis: "editorial" },
      ],
      mechanisms: [{ slug: "data-sharing", basis: "editorial" }],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
      ],
    },
    {
      slug: "personalized-learning-plans",
      domain: "education",
      title: { zh: "个性化学习计划", en: "Personalized learning plans" },
      summary: {
        zh: "根据学生的知识掌握情况自动生成学习计划；文章以此为教育领域的例子。",
        en: "Generating study plans automatically from what each student has already mastered; the article gives this as its education example.",
      },
      body: {
        zh: `**文章所述（§6.1）**：根据学生的知识掌握情况自动生成个性化学习计划，提高学习效率。`,
        en: `**What the article says (§6.1):** personalized learning plans are generated automatically from students' knowledge mastery, improving learning efficiency.`,
      },
      editorial: {
        zh: `**通常涉及**：把课程拆成知识点及其先修关系，估计学生对每个知识点的掌握情况，推荐学习顺序和练习，再由语言模型写成便于阅读的计划。计划应由教师审核；还要防止系统把某些学生长期固定在较低的学习路径上，加剧不公平。`,
        en: `**What it typically involves:** breaking a curriculum into knowledge points and their prerequisites, estimating each student's mastery of them, recommending an order of study and exercises, and having a language model write the plan up readably. Plans should be reviewed by teachers, and care is needed so the system does not lock some students into lower tracks and widen inequality.`,
      },
      basis: "article",
      source: "§6.1",
      techniques: [
        { slug: "recommender-systems", basis: "editorial" },
        { slug: "knowledge-graphs", basis: "editorial" },
        { slug: "nlp", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "algorithm-fusion", basis: "editorial" },
      ],
      challenges: [
        { slug: "ethics-bias", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
      ],
    },

    // Healthcare (§6.2, §2.1) ---------------------------------------------------------------------------------------
    {
      slug: "disease-diagnosis",
      domain: "healthcare",
      title: { zh: "疾病诊断", en: "Disease diagnosis" },
      summary: {
        zh: "用在大量医疗数据上训练的模型辅助诊断；文章称深度学习可提高诊断的准确性和效率。",
        en: "Models trained on large volumes of medical data that assist diagnosis; the article says deep learning can make diagnosis more accurate and efficient.",
      },
      body: {
        zh: `**文章所述（§2.1、§6.2）**：§2.1 把疾病诊断列为大模型在医疗健康领域的应用前景之一；§6.2 举例说，通过大模型可以对海量医疗数据进行深度学习，提高疾病诊断的准确性和效率。`,
        en: `**What the article says (§2.1, §6.2):** §2.1 lists disease diagnosis among the promising healthcare applications of large models; §6.2 gives the example of deep learning on massive medical data to improve the accuracy and efficiency of disease diagnosis.`,
      },
      editorial: {
        zh: `**通常涉及**：综合病历文本、检验结果和影像等多种数据，给出可能的诊断或风险提示，作为医生的决策辅助而非替代。上线前需要在目标人群中做前瞻性验证并通过监管审批；医院之间共享数据要保护患者隐私；训练数据若不具代表性，模型对某些人群的效果可能更差。`,
        en: `**What it typically involves:** combining clinical notes, lab results, images and other data to suggest likely diagnoses or flag risks, as decision support for clinicians rather than a replacement. Before use it needs prospective validation in the target population and regulatory approval; sharing data between hospitals must protect patient privacy; and if training data are unrepresentative, the model may work worse for some groups of patients.`,
      },
      basis: "article",
      source: "§6.2",
      techniques: [
        { slug: "deep-learning", basis: "article" },
        { slug: "nlp", basis: "editorial" },
        { slug: "multimodal-fusion", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
      ],
    },
    {
      slug: "drug-discovery",
      domain: "healthcare",
      title: { zh: "药物研发", en: "Drug discovery and development" },
      summary: {
        zh: "用模型筛选和设计候选分子、预测其性质；文章只点名了这一场景。",
        en: "Using models to screen and design candidate molecules and predict their properties; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§2.1、§6.2）**：药物研发是大模型在医疗健康领域的应用之一，文章没有进一步说明。`,
        en: `**What the article says (§2.1, §6.2):** drug development is one of the applications of large models in healthcare; the article does not elaborate.`,
      },
      editorial: {
        zh: `**通常涉及**：预测分子的活性、毒性等性质（本质上是回归或分类，常把多个性质作为多任务同时学习），生成候选分子结构，从文献和药物—靶点—疾病关系中挖掘线索。模型只能缩小候选范围，结论仍须经实验和临床试验验证；这需要化学、生物与机器学习人员紧密协作。`,
        en: `**What it typically involves:** predicting molecular properties such as activity or toxicity (essentially regression or classification, often learning several properties as multiple tasks), generating candidate structures, and mining the literature and drug–target–disease relations for leads. Models can only narrow the field of candidates; conclusions still have to be confirmed by laboratory experiments and clinical trials, which takes close collaboration between chemists, biologists and machine learning practitioners.`,
      },
      basis: "article",
      source: "§6.2",
      techniques: [
        { slug: "deep-learning", basis: "editorial" },
        { slug: "regression", basis: "editorial" },
        { slug: "multi-task-learning", basis: "editorial" },
        { slug: "knowledge-graphs", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "algorithm-fusion", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "interpretability", basis: "editorial" },
        { slug: "data-privacy-security", basis: "editorial" },
      ],
    },
    {
      slug: "medical-image-analysis",
      domain: "healthcare",
      title: { zh: "医疗影像分析", en: "Medical image analysis" },
      summary: {
        zh: "用视觉模型分析 X 光、CT、MRI 等医学影像；文章只点名了这一场景。",
        en: "Using vision models to analyse X-ray, CT, MRI and other medical images; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§2.1、§6.2）**：医疗影像分析是大模型在医疗健康领域的应用之一，文章没有进一步说明。`,
        en: `**What the article says (§2.1, §6.2):** medical image analysis is one of the applications of large models in healthcare; the article does not elaborate.`,
      },
      editorial: {
        zh: `**通常涉及**：用计算机视觉模型对 X 光、CT、MRI 或病理切片做分类、病灶检测和分割。带标注的影像稀缺且需要放射科医生标注，因此常用数据增强；不同医院的设备和扫描参数不同，模型换到新环境时需要重新验证。`,
        en: `**What it typically involves:** computer vision models that classify, detect lesions in, or segment X-ray, CT, MRI or pathology images. Labelled images are scarce and need radiologists to annotate them, so data augmentation is common; scanners and acquisition settings differ between hospitals, so a model must be re-validated when moved to a new site.`,
      },
      basis: "article",
      source: "§6.2",
      techniques: [
        { slug: "computer-vision", basis: "editorial" },
        { slug: "deep-learning", basis: "editorial" },
        { slug: "data-augmentation", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
      ],
    },

    // Finance (§6.3) ------------------------------------------------------------------------------------------------
    {
      slug: "risk-control",
      domain: "finance",
      title: { zh: "风险控制", en: "Risk control" },
      summary: {
        zh: "用模型评估信用风险、识别欺诈；文章只点名了这一场景。",
        en: "Using models to assess credit risk and detect fraud; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.3）**：风险控制是大模型在金融领域的应用之一。文章举的例子是对金融市场进行深度分析、提高投资决策的准确性和稳定性，没有专门说明风控。`,
        en: `**What the article says (§6.3):** risk control is one of the applications of large models in finance. The article's example is deep analysis of financial markets to make investment decisions more accurate and stable; it says nothing specific about risk control.`,
      },
      editorial: {
        zh: `**通常涉及**：信用评分（预测违约概率）、交易欺诈识别（异常检测），以及用关系图谱发现团伙欺诈。信贷决策通常需要向客户和监管者说明理由；模型可能对某些人群不公平；客户数据受隐私法规严格保护。`,
        en: `**What it typically involves:** credit scoring (predicting the probability of default), transaction fraud detection (anomaly detection), and relationship graphs to uncover organized fraud rings. Credit decisions usually have to be explained to customers and regulators, models can treat some groups unfairly, and customer data are strictly protected by privacy law.`,
      },
      basis: "article",
      source: "§6.3",
      techniques: [
        { slug: "anomaly-detection", basis: "editorial" },
        { slug: "knowledge-graphs", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "algorithm-fusion", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
      ],
    },
    {
      slug: "intelligent-investment-advisory",
      domain: "finance",
      title: { zh: "智能投顾", en: "Intelligent investment advisory" },
      summary: {
        zh: "根据客户的目标和风险偏好自动给出投资组合建议；文章只点名了这一场景。",
        en: "Automated portfolio advice based on a client's goals and risk tolerance; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.3）**：智能投顾是大模型在金融领域的应用之一；文章的总体例子是通过深度分析金融市场提高投资决策的准确性和稳定性。`,
        en: `**What the article says (§6.3):** intelligent investment advisory is one of the applications of large models in finance; the article's overall example is deep analysis of financial markets to make investment decisions more accurate and stable.`,
      },
      editorial: {
        zh: `**通常涉及**：通过问卷或对话了解客户的目标和风险承受能力，推荐与之匹配的投资组合并定期再平衡，用自然语言向客户解释建议。建议必须符合适当性要求，理由要讲得清楚；模型出错会直接造成客户损失。`,
        en: `**What it typically involves:** learning a client's goals and risk tolerance through a questionnaire or conversation, recommending a matching portfolio and rebalancing it over time, and explaining the advice in plain language. Advice must meet suitability requirements and its reasoning must be clear; model errors translate directly into client losses.`,
      },
      basis: "article",
      source: "§6.3",
      techniques: [
        { slug: "nlp", basis: "editorial" },
        { slug: "recommender-systems", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "algorithm-fusion", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "interpretability", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
        { slug: "data-privacy-security", basis: "editorial" },
      ],
    },
    {
      slug: "quantitative-trading",
      domain: "finance",
      title: { zh: "量化交易", en: "Quantitative trading" },
      summary: {
        zh: "用模型从市场数据中寻找交易信号并自动执行；文章只点名了这一场景。",
        en: "Using models to find trading signals in market data and execute trades automatically; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.3）**：量化交易是大模型在金融领域的应用之一；文章的总体例子是通过深度分析金融市场提高投资决策的准确性和稳定性。`,
        en: `**What the article says (§6.3):** quantitative trading is one of the applications of large models in finance; the article's overall example is deep analysis of financial markets to make investment decisions more accurate and stable.`,
      },
      editorial: {
        zh: `**通常涉及**：对价格和成交量做时间序列预测，用回归构建因子模型，用自然语言处理从新闻和公告中提取信号，有时用强化学习优化下单执行。市场噪声大、规律会变化，回测很容易过拟合；模型难以解释也给风险管理带来困难。`,
        en: `**What it typically involves:** time-series forecasting on prices and volumes, regression-based factor models, natural language processing to extract signals from news and filings, and sometimes reinforcement learning for order execution. Markets are noisy and their patterns change, so backtests overfit easily, and opaque models make risk management harder.`,
      },
      basis: "article",
      source: "§6.3",
      techniques: [
        { slug: "time-series-forecasting", basis: "editorial" },
        { slug: "regression", basis: "editorial" },
        { slug: "reinforcement-learning", basis: "editorial" },
        { slug: "nlp", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "algorithm-fusion", basis: "editorial" },
        { slug: "data-sharing", basis: "editorial" },
      ],
      challenges: [{ slug: "interpretability", basis: "editorial" }],
      resources: ["pandas", "numpy"],
    },

    // Logistics (§6.4) ----------------------------------------------------------------------------------------------
    {
      slug: "route-planning",
      domain: "logistics",
      title: { zh: "路径规划", en: "Route planning" },
      summary: {
        zh: "为车辆规划行驶路线，兼顾时间、成本和约束；文章只点名了这一场景。",
        en: "Planning vehicle routes that balance time, cost and constraints; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.4）**：路径规划是大模型在物流运输领域的应用之一；文章的总体例子是对物流运输过程进行实时监控和优化，提高运输效率。`,
        en: `**What the article says (§6.4):** route planning is one of the applications of large models in logistics and transportation; the article's overall example is real-time monitoring and optimization of the transport process to improve efficiency.`,
      },
      editorial: {
        zh: `**通常涉及**：以车辆路径问题的运筹优化求解器为核心，用机器学习预测行驶时间和路况（回归、时间序列预测），并在路况变化时重新规划；强化学习也被研究用于学习路径启发式。车辆和司机的位置数据属于敏感数据。`,
        en: `**What it typically involves:** an operations-research solver for the vehicle routing problem at the core, with machine learning predicting travel times and traffic (regression, time-series forecasting) and re-planning as conditions change; reinforcement learning is also studied for learning routing heuristics. Location data about vehicles and drivers are sensitive.`,
      },
      basis: "article",
      source: "§6.4",
      techniques: [
        { slug: "reinforcement-learning", basis: "editorial" },
        { slug: "regression", basis: "editorial" },
        { slug: "time-series-forecasting", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "data-sharing", basis: "editorial" },
        { slug: "algorithm-fusion", basis: "editorial" },
      ],
      challenges: [
        { slug: "data-privacy-security", basis: "editorial" },
        { slug: "interpretability", basis: "editorial" },
      ],
    },
    {
      slug: "cargo-tracking",
      domain: "logistics",
      title: { zh: "货物跟踪", en: "Cargo tracking" },
      summary: {
        zh: "跟踪货物的位置和状态，预测到达时间并发现异常；文章只点名了这一场景。",
        en: "Tracking where shipments are and in what state, predicting arrival times and flagging problems; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.4）**：货物跟踪是大模型在物流运输领域的应用之一；文章的总体例子是对物流运输过程进行实时监控和优化。`,
        en: `**What the article says (§6.4):** cargo tracking is one of the applications of large models in logistics and transportation; the article's overall example is real-time monitoring and optimization of the transport process.`,
      },
      editorial: {
        zh: `**通常涉及**：汇总扫码、GPS 和传感器事件；在分拣中心用计算机视觉识别面单、清点包裹；预测到达时间并对延误或异常状态发出预警。数据往往分散在多家承运商之间，需要数据共享，同时要保护收发件人的个人信息。`,
        en: `**What it typically involves:** aggregating barcode scans, GPS and sensor events; computer vision at sorting hubs to read labels and count parcels; predicting arrival times and alerting on delays or abnormal conditions. The data are often spread across several carriers, which calls for data sharing while protecting senders' and recipients' personal information.`,
      },
      basis: "article",
      source: "§6.4",
      techniques: [
        { slug: "computer-vision", basis: "editorial" },
        { slug: "time-series-forecasting", basis: "editorial" },
        { slug: "anomaly-detection", basis: "editorial" },
      ],
      mechanisms: [{ slug: "data-sharing", basis: "editorial" }],
      challenges: [{ slug: "data-privacy-security", basis: "editorial" }],
    },
    {
      slug: "intelligent-scheduling",
      domain: "logistics",
      title: { zh: "智能调度", en: "Intelligent scheduling" },
      summary: {
        zh: "自动分配车辆、司机和仓库作业，应对需求变化；文章只点名了这一场景。",
        en: "Automatically assigning vehicles, drivers and warehouse tasks as demand changes; the article only names the scenario.",
      },
      body: {
        zh: `**文章所述（§6.4）**：智能调度是大模型在物流运输领域的应用之一；文章的总体例子是对物流运输过程进行实时监控和优化，提高运输效率。`,
        en: `**What the article says (§6.4):** intelligent scheduling is one of the applications of large models in logistics and transportation; the article's overall example is real-time monitoring and optimization of the transport process to improve efficiency.`,
      },
      editorial: {
        zh: `**通常涉及**：先预测订单量和运力需求，再用优化方法分配车辆、司机和仓库作业，强化学习常被研究用于动态派单。调度员需要理解系统的决策，并能人工否决系统的决策；算法排班还涉及对司机和工人是否公平的问题。`,
        en: `**What it typically involves:** forecasting order volumes and capacity needs, then assigning vehicles, drivers and warehouse tasks with optimization methods; reinforcement learning is often studied for dynamic dispatch. Dispatchers need to understand and be able to override the system's decisions, and algorithmic scheduling raises questions of fairness to drivers and workers.`,
      },
      basis: "article",
      source: "§6.4",
      techniques: [
        { slug: "reinforcement-learning", basis: "editorial" },
        { slug: "time-series-forecasting", basis: "editorial" },
      ],
      mechanisms: [
        { slug: "algorithm-fusion", basis: "editorial" },
        { slug: "team-collaboration", basis: "editorial" },
      ],
      challenges: [
        { slug: "interpretability", basis: "editorial" },
        { slug: "ethics-bias", basis: "editorial" },
      ],
    },
  ],

  // ---------------------------------------------------------------------------------------------------------------
  // Editor's notes: 5
  // ---------------------------------------------------------------------------------------------------------------
  notes: [
    {
      slug: "regression-mse-unreachable",
      target: { type: "technique", slug: "regression" },
      title: {
        zh: "§5.4 打印的 MSE 0.0129 不可能由这段代码得到",
        en: "The MSE of 0.0129 printed in §5.4 cannot come from this code",
      },
      body: {
        zh: `§5.4 打印了 \`Mean squared error: 0.012927704999999999\`，并称误差“最终接近于 0”。对 §5.2 的数据和模型来说，这个数值达不到。

数据是 $x \\sim U(0,1)$，$y = 2x + \\varepsilon$，其中 $\\varepsilon \\sim U(0,1)$ 与 $x$ 独立。于是 $\\operatorname{Var}(2x) = 4/12 = 1/3$，$\\operatorname{Var}(\\varepsilon) = 1/12$，即使知道真实直线，也只能解释 $R^2 = \\frac{1/3}{1/3 + 1/12} = 0.8$ 的方差。$x$ 和 $y$ 都标准化后，任何线性模型（代码拟合的正是线性模型）能达到的最小 MSE 是 $1 - R^2 \\approx 0.20$。样本只有 100 个，这个值会有波动：我们模拟了 5000 组这样的数据，最优值在约 0.11 到 0.32 之间，从未接近 0.0129（那需要 $R^2 \\approx 0.987$）。

实际运行这段代码，应得到 0.2 左右的 MSE。另外，代码是在训练数据上调用 \`evaluate\`，因此这个数字也说明不了文中所说的“泛化能力”。`,
        en: `§5.4 prints \`Mean squared error: 0.012927704999999999\` and says the error "approaches 0". For the data and model in §5.2, that value is out of reach.

The data are $x \\sim U(0,1)$ and $y = 2x + \\varepsilon$ with $\\varepsilon \\sim U(0,1)$ independent of $x$. So $\\operatorname{Var}(2x) = 4/12 = 1/3$ and $\\operatorname{Var}(\\varepsilon) = 1/12$: even the true line explains only $R^2 = \\frac{1/3}{1/3 + 1/12} = 0.8$ of the variance. With both $x$ and $y$ z-normalized, the lowest MSE any linear model can reach (and the code fits a linear model) is $1 - R^2 \\approx 0.20$. With only 100 samples this fluctuates: in 5,000 simulated datasets like this one, the optimum ranged from about 0.11 to 0.32 and never came near 0.0129 (which would need $R^2 \\approx 0.987$).

Running the code should give an MSE of about 0.2. Note also that \`evaluate\` is called on the training data, so the figure says nothing about the "generalization ability" the text claims.`,
      },
      source: "§5.4",
    },
    {
      slug: "regression-denormalization-no-op",
      target: { type: "technique", slug: "regression" },
      title: {
        zh: "§5.2 的反归一化用的是已经标准化后的 y，等于什么都没做",
        en: "§5.2 denormalizes with the already-normalized y, so it does nothing",
      },
      body: {
        zh: `§5.2 中的 \`y = (y - y.mean()) / y.std()\` 用标准化后的值覆盖了 \`y\`。之后的 \`predictions = predictions * y.std() + y.mean()\` 用的是这个新 \`y\` 的标准差（1）和均值（0），结果就是乘 1 加 0——“反归一化”没有任何效果，预测值仍是标准化单位。

§5.4 打印的预测值与这个有缺陷的流程对不上，与正确的流程也对不上：

- **按代码实际运行**：预测值约为 $\\hat w\\,x_{\\text{norm}}$，其中 $\\hat w \\approx 0.89$，$x_{\\text{norm}}$ 大致分布在 $\\pm\\sqrt{3} \\approx \\pm 1.73$ 之间，所以预测值大约分布在 −1.5 到 1.5，均值约为 0。
- **正确反归一化后**：预测值应落在 $\\hat y \\approx 2x + 0.5$ 附近，大约在 0.5 到 2.5 之间。

而打印出来的值全都约等于 1.0，哪种情况都不是。（此外，100 个输入却只打印了 80 个值；Keras 的 \`predict\` 返回形状为 (100, 1) 的数组，打印出来应是一列，而不是一行。）

正确做法是在标准化之前保存原始统计量，例如 \`y_mean, y_std = y.mean(), y.std()\`，再用 $\\hat y = \\hat y_{\\text{norm}} \\cdot \\sigma_y + \\mu_y$ 还原，其中 $\\mu_y$、$\\sigma_y$ 是**原始** $y$ 的均值和标准差。`,
        en: `In §5.2, \`y = (y - y.mean()) / y.std()\` overwrites \`y\` with its normalized version. The later line \`predictions = predictions * y.std() + y.mean()\` therefore uses the new \`y\`'s standard deviation (1) and mean (0): it multiplies by 1 and adds 0, so the "denormalization" is a no-op and the predictions stay in normalized units.

The predictions printed in §5.4 match neither this buggy pipeline nor a correct one:

- **As the code actually runs:** predictions are about $\\hat w\\,x_{\\text{norm}}$ with $\\hat w \\approx 0.89$ and $x_{\\text{norm}}$ spread over roughly $\\pm\\sqrt{3} \\approx \\pm 1.73$, so they range over roughly −1.5 to 1.5 with a mean near 0.
- **Correctly denormalized:** they would lie near $\\hat y \\approx 2x + 0.5$, roughly between 0.5 and 2.5.

The printed values are all ≈ 1.0, which is neither. (Also, only 80 values are printed for 100 inputs, and Keras's \`predict\` returns an array of shape (100, 1), which would print as a column, not a row.)

The fix is to keep the original statistics before normalizing, e.g. \`y_mean, y_std = y.mean(), y.std()\`, and invert with $\\hat y = \\hat y_{\\text{norm}} \\cdot \\sigma_y + \\mu_y$, where $\\mu_y$ and $\\sigma_y$ are the mean and standard deviation of the **original** $y$.`,
      },
      source: "§5.2",
    },
    {
      slug: "regression-no-hidden-layer",
      target: { type: "technique", slug: "regression" },
      title: {
        zh: "文中说有 ReLU 隐藏层，代码却是单层线性模型",
        en: "The text describes a ReLU hidden layer; the code is a single linear layer",
      },
      body: {
        zh: `§4.3 和 §5.2 的文字都说模型包含一个输入层、一个隐藏层和一个输出层，§4.3 还说激活函数为 ReLU。但 §5.2 的代码是：

\`tf.keras.Sequential([tf.keras.layers.Dense(units=1, input_shape=(1,))])\`

这只有一个单元数为 1 的 Dense 层，没有指定激活函数（Keras 默认是线性激活），也就是 $\\hat y = wx + b$——用 SGD 训练的普通线性回归。（§5.3 对代码的描述是准确的。）

对这组数据来说线性模型本来就合适，因为真实关系是线性的；但它不是文中描述的网络。若要真正加入 ReLU 隐藏层，需要在输出层 \`Dense(1)\` 之前加一层带 \`activation='relu'\` 的 Dense 层。`,
        en: `The prose of §4.3 and §5.2 says the model has one input layer, one hidden layer and one output layer, and §4.3 says it uses ReLU. But the code in §5.2 is:

\`tf.keras.Sequential([tf.keras.layers.Dense(units=1, input_shape=(1,))])\`

That is a single Dense layer with one unit and no activation (Keras defaults to linear), i.e. $\\hat y = wx + b$ — plain linear regression trained with SGD. (§5.3's description of the code is accurate.)

A linear model is actually the right fit for this data, since the true relationship is linear, but it is not the network the text describes. A real ReLU hidden layer would mean adding a Dense layer with \`activation='relu'\` before the output \`Dense(1)\`.`,
      },
      source: "§4.3",
    },
    {
      slug: "parameter-count-discrepancy",
      target: { type: "page", slug: "about" },
      title: {
        zh: "中英文版本对大模型参数规模的说法不一致",
        en: "The Chinese and English copies disagree on large models' parameter counts",
      },
      body: {
        zh: `§1.2（以及 §9.1）的中文版说大模型“拥有数十亿至数千亿参数”，英文版却写作“hundreds of millions to several tens of billions”（数亿至数百亿），两端都差了约一个数量级。

本站采用中文原文的说法。值得一提的是，文章 §1.1 举的两个例子分别落在不同的范围里：GPT-3 约有 1750 亿参数，只符合中文版的说法；BERT（base 版约 1.1 亿、large 版约 3.4 亿）只符合英文版的说法。`,
        en: `In §1.2 (and §9.1) the Chinese copy says large models have "数十亿至数千亿" — billions to hundreds of billions — of parameters, while the English copy says "hundreds of millions to several tens of billions", about an order of magnitude lower at both ends.

This site follows the Chinese original. Notably, the article's own examples in §1.1 fall on different sides: GPT-3, with about 175 billion parameters, fits only the Chinese range, while BERT (about 110 million parameters for base, 340 million for large) fits only the English one.`,
      },
      source: "§1.2",
    },
    {
      slug: "nndl-author",
      target: { type: "resource", slug: "nndl-book" },
      title: {
        zh: "《神经网络与深度学习》的作者是邱锡鹏",
        en: "Neural Networks and Deep Learning is by Xipeng Qiu",
      },
      body: {
        zh: `文章的英文版（§7.1、§7.3、§10）把《神经网络与深度学习》的作者写成“Si-Peng Liu”，第一份中文稿的 §7.3 又把它署名为“清华大学”。

这本书的作者是复旦大学的邱锡鹏（Xipeng Qiu），中文稿的 §7.1 和 §10 写的正是他。本站按实际作者署名。`,
        en: `The article's English copy (§7.1, §7.3, §10) credits *Neural Network and Deep Learning* (《神经网络与深度学习》) to "Si-Peng Liu", and §7.3 of the first Chinese copy credits it to Tsinghua University (清华大学).

The book's author is Xipeng Qiu (邱锡鹏) of Fudan University, as the Chinese copy's §7.1 and §10 correctly state. This site credits the actual author.`,
      },
      source: "§7",
    },
  ],
  entities: { traits },
};
