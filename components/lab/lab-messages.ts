import type { AbstractIntlMessages } from "next-intl";

/**
 * The lab's own messages (messages/{locale}.lab.json), loaded with the widget's code rather than sent in every lab
 * page's inline data: each locale's file is a chunk of its own, fetched beside the widget's.
 */
export async function loadLabMessages(locale: string): Promise<AbstractIntlMessages> {
  const file = locale === "zh" ? await import("@/messages/zh.lab.json") : await import("@/messages/en.lab.json");
  return file.default.lab;
}
