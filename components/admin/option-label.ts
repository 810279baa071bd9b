import type { RelationOption } from "@/lib/editing/relation-options";

/** "English name / 中文名 (slug)", so that an option can be found in either language. */
export function optionLabel(option: Pick<RelationOption, "nameEn" | "nameZh" | "slug">): string {
  const names = [option.nameEn.trim(), option.nameZh.trim()].filter(Boolean);
  return `${names.join(" / ") || option.slug} (${option.slug})`;
}
