"use client";

import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/diff/snapshot-diff";
import type { RelationOptions } from "@/lib/editing/relation-options";
import { LINK_FIELD_TARGETS } from "@/lib/schemas/link-targets";
import { displayValue } from "./display-value";
import { useFieldLabel } from "./field-label";
import { optionLabel } from "./option-label";

/** A field-level diff between two revisions: inline word diff for text, added/removed lists for links. */
export function DiffView({ changes, options }: { changes: FieldChange[]; options: RelationOptions }) {
  const t = useTranslations("admin.history");
  const label = useFieldLabel();
  if (changes.length === 0) return <p>{t("noChanges")}</p>;
  const linkName = (field: string, id: number) => {
    const found = options[LINK_FIELD_TARGETS[field] ?? "technique"].find((o) => o.id === id);
    return found ? optionLabel(found) : `#${id}`;
  };
  return (
    <dl className="space-y-4">
      {changes.map((change) => (
        <div key={change.field} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
          <dt className="mb-1 font-semibold">{label(change.field)}</dt>
          <dd>
            {change.kind === "text" ? (
              <p className="whitespace-pre-wrap break-words font-mono text-sm">
                {change.segments.map((s, i) =>
                  s.op === "equal" ? (
                    <span key={i}>{s.text}</span>
                  ) : s.op === "delete" ? (
                    <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">
                      <span className="sr-only">[{t("removedText")}: </span>{s.text}<span className="sr-only">]</span>
                    </del>
                  ) : (
                    <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">
                      <span className="sr-only">[{t("addedText")}: </span>{s.text}<span className="sr-only">]</span>
                    </ins>
                  ),
                )}
              </p>
            ) : change.kind === "links" ? (
              <ul className="list-disc pl-5 text-sm">
                {change.links.added.map((l) => <li key={`a${l.id}`}>{t("linkAdded", { name: linkName(change.field, l.id), basis: l.basis })}</li>)}
                {change.links.removed.map((l) => <li key={`r${l.id}`}>{t("linkRemoved", { name: linkName(change.field, l.id), basis: l.basis })}</li>)}
                {change.links.basisChanged.map((l) => <li key={`b${l.id}`}>{t("linkBasis", { name: linkName(change.field, l.id), from: l.from, to: l.to })}</li>)}
              </ul>
            ) : (
              <p className="text-sm">
                {t("valueChange", { before: displayValue(change.field, change.before, options), after: displayValue(change.field, change.after, options) })}
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
