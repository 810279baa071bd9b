import { test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { expectPageShown } from "./page-audit";

// Tighter than the 90 s default: One page load and one axe run per test.
test.describe.configure({ timeout: 60_000 });

// Each page with the h1 it must show (en, zh) and its status: the audit runs only on the page it is meant for.
const PAGES: Array<[path: string, en: string, zh: string, status?: number]> = [
  ["", "Where large models cross domains", "AI 大模型在哪些领域跨界融合"],
  ["/domains", "Domains", "领域"],
  ["/domains/healthcare", "Healthcare", "医疗健康"],
  ["/use-cases/medical-image-analysis", "Medical image analysis", "医疗影像分析"],
  ["/techniques", "Techniques", "技术"],
  ["/techniques/sigmoid", "Sigmoid function", "Sigmoid 函数"],
  ["/techniques/deep-learning", "Deep learning", "深度学习"],
  ["/fusion", "How fusion works", "融合机制"],
  ["/challenges", "Challenges and trends", "挑战与趋势"],
  ["/resources", "Resources", "资源"],
  ["/faq", "Frequently asked questions", "常见问题"],
  ["/about", "About Fusion Atlas", "关于跨界融合图谱"],
  ["/use-cases/does-not-exist", "Page not found", "页面不存在", 404],
];

for (const locale of ["en", "zh"] as const) {
  for (const [path, en, zh, status] of PAGES) {
    test(`axe: no serious or critical violations on /${locale}${path}`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      await expectPageShown(page, response, { path: `/${locale}${path}`, status, h1: locale === "en" ? en : zh });
      await expectNoSeriousA11yViolations(page);
    });
  }
}
