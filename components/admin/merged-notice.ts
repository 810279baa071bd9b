"use client";

import { useTranslations } from "next-intl";
import type { MergeNotice } from "@/lib/editing/types";
import { useFieldLabel } from "./field-label";

/** The text shown after a save that merged with a newer version: which of the other person's changes were kept. */
export function useMergedNotice(): (version: number, merged: Omit<MergeNotice, "values">) => string {
  const m = useTranslations("admin.merge");
  const label = useFieldLabel();
  return (version, merged) => {
    if (merged.kept.length === 0) return m("savedMergedNothing", { version, withVersion: merged.withVersion });
    const fields = merged.kept.map(label).join(", ");
    return merged.by
      ? m("savedMerged", { version, withVersion: merged.withVersion, who: merged.by, fields })
      : m("savedMergedNoAuthor", { version, withVersion: merged.withVersion, fields });
  };
}
