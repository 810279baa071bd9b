"use client";

import { useTranslations } from "next-intl";
import { messageOr } from "@/i18n/message-or";

/** "Title — English", "Summary — Chinese", "Slug": the label of a stored field name. */
export function useFieldLabel(): (field: string) => string {
  const t = useTranslations("admin");
  return (field: string) => {
    const pair = /^(.*)(Zh|En)$/.exec(field);
    const base = pair ? messageOr(t, `fields.${pair[1]}`, "") : "";
    if (pair && base) return t(pair[2] === "En" ? "editor.inEnglish" : "editor.inChinese", { field: base });
    return messageOr(t, `fields.${field}`, field);
  };
}
