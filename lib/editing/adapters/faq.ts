import "server-only";
import type { Faq } from "@/lib/db/generated/client";
import { faqSchema, updateFaqSchema, type FaqValues } from "@/lib/schemas/faq";
import { statusOf, tableAdapter } from "./table";

export const faqAdapter = tableAdapter<Faq, FaqValues>({
  type: "faq",
  schema: faqSchema,
  updateSchema: updateFaqSchema,
  delegate: (tx) => tx.faq,
  values: (row) => ({
    slug: row.slug, questionZh: row.questionZh, questionEn: row.questionEn, answerZh: row.answerZh, answerEn: row.answerEn,
    source: row.source, position: row.position, status: statusOf(row.status),
  }),
});
