"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { RelationOptions } from "@/lib/editing/relation-options";
import type { CurrentEntry } from "@/lib/editing/types";
import { stableStringify } from "@/lib/diff/snapshot-diff";
import { displayValue } from "./display-value";
import { useFieldLabel } from "./field-label";
import { buttonClass, secondaryButtonClass, tableClass, tdClass, thClass } from "./styles";
import { ScrollRegion } from "./scroll-region";

/**
 * Shown when a save lost the race: the other person's saved version beside the editor's own input, field by
 * field. The input stays in the form; the editor can take their value for a field, reapply all of their own input
 * on top of the new version, or drop their input and load the saved version. Nothing is overwritten silently.
 */
export function ConflictPanel(props: {
  current: CurrentEntry | null;
  mine: Record<string, unknown>;
  order: string[];
  options: RelationOptions;
  onTakeTheirs: (field: string) => void;
  onReapply: () => void;
  onLoadTheirs: () => void;
}) {
  const t = useTranslations("admin.conflict");
  const format = useFormatter();
  const label = useFieldLabel();
  const { current } = props;
  if (!current) {
    return (
      <section role="alert" className="mb-6 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p>{t("gone")}</p>
      </section>
    );
  }
  const differing = props.order.filter((f) => stableStringify(current.values[f]) !== stableStringify(props.mine[f]));
  const when = format.dateTime(new Date(current.updatedAt), { dateStyle: "medium", timeStyle: "medium" });
  return (
    <section aria-labelledby="conflict-title" className="mb-6 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <h2 id="conflict-title" className="text-lg font-semibold">{t("title")}</h2>
      <p role="alert" className="mt-1">
        {current.updatedBy
          ? t("message", { who: current.updatedBy, version: current.version, time: when })
          : t("messageNoAuthor", { version: current.version, time: when })}
      </p>
      {current.deleted ? <p className="mt-2 font-semibold">{t("deleted")}</p> : null}
      {differing.length === 0 ? (
        <p className="mt-2">{t("same")}</p>
      ) : (
        <div className="mt-3"><ScrollRegion label={t("caption")}>
          <table className={tableClass}>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("field")}</th>
                <th scope="col" className={thClass}>{t("theirs", { version: current.version })}</th>
                <th scope="col" className={thClass}>{t("yours")}</th>
                <th scope="col" className={thClass}><span className="sr-only">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row" className={`${tdClass} font-medium`}>{label(field)}</th>
                  <td className={`${tdClass} whitespace-pre-wrap break-words`}>{displayValue(field, current.values[field], props.options)}</td>
                  <td className={`${tdClass} whitespace-pre-wrap break-words`}>{displayValue(field, props.mine[field], props.options)}</td>
                  <td className={tdClass}>
                    <button type="button" className={secondaryButtonClass} onClick={() => props.onTakeTheirs(field)}>
                      {t("takeTheirs")}
                      <span className="sr-only"> ({label(field)})</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        </div>
      )}
      {current.deleted ? null : (
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={props.onReapply}>{t("reapply", { version: current.version })}</button>
          <button type="button" className={secondaryButtonClass} onClick={props.onLoadTheirs}>{t("loadTheirs", { version: current.version })}</button>
        </div>
      )}
    </section>
  );
}
