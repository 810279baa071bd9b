"use client";

import { useTranslations } from "next-intl";

/** "Title — English", "Summary — Chinese", "Slug": the label of a stored field name. */
export function useFieldLabel(): (field: string) => string {
  const t = useTranslations("admin");
  return (field: string) => {
    const pair = /^(.*)(Zh|En)$/.exec(field);
    if (pair && t.has(`fields.${pair[1]}`)) {
      return t(pair[2] === "En" ? "editor.inEnglish" : "editor.inChinese", { field: t(`fields.${pair[1]}`) });
    }
    return t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
  };
}
