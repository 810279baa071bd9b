"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { RelationOptions } from "@/lib/editing/relation-options";
import type { FieldConflict } from "@/lib/editing/merge/three-way";
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
 * When the server merged everything else (issue 14), only the fields both sides changed differently are listed,
 * each with the original, the saved value and the editor's input, and a choice per field.
 */
export function ConflictPanel(props: {
  current: CurrentEntry | null;
  mine: Record<string, unknown>;
  order: string[];
  options: RelationOptions;
  onTakeTheirs: (field: string) => void;
  /** Reapply on top of the saved version; with a three-way result, the merged values (the choices included). */
  onReapply: (merged?: Record<string, unknown>) => void;
  onLoadTheirs: () => void;
  /** The three-way result: the conflicting fields, the version the editor had loaded, and the merge of the rest. */
  conflicts?: FieldConflict[];
  baseVersion?: number;
  merged?: Record<string, unknown>;
  /** Put a value into the form (a choice in the three-way table). */
  onChoose?: (field: string, value: unknown) => void;
}) {
  const t = useTranslations("admin.conflict");
  const format = useFormatter();
  const label = useFieldLabel();
  const { current } = props;
  if (current && !current.deleted && props.conflicts && props.merged && props.onChoose) {
    return <ThreeWayPanel {...props} current={current} conflicts={props.conflicts} merged={props.merged} onChoose={props.onChoose} />;
  }
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
          <button type="button" className={buttonClass} onClick={() => props.onReapply()}>{t("reapply", { version: current.version })}</button>
          <button type="button" className={secondaryButtonClass} onClick={props.onLoadTheirs}>{t("loadTheirs", { version: current.version })}</button>
        </div>
      )}
    </section>
  );
}

type Choice = "yours" | "theirs" | "base";

/** The three-way conflict: per conflicting field the original, the saved value and yours, with a choice each. */
function ThreeWayPanel(props: {
  current: CurrentEntry;
  mine: Record<string, unknown>;
  options: RelationOptions;
  conflicts: FieldConflict[];
  baseVersion?: number;
  merged: Record<string, unknown>;
  onChoose: (field: string, value: unknown) => void;
  onReapply: (merged?: Record<string, unknown>) => void;
  onLoadTheirs: () => void;
}) {
  const t = useTranslations("admin.conflict");
  const m = useTranslations("admin.merge");
  const format = useFormatter();
  const label = useFieldLabel();
  const { current, conflicts } = props;
  const when = format.dateTime(new Date(current.updatedAt), { dateStyle: "medium", timeStyle: "medium" });
  const chosen = (c: FieldConflict): Choice | null => {
    const now = stableStringify(props.mine[c.field] ?? null);
    if (now === stableStringify(c.yours ?? null)) return "yours";
    if (now === stableStringify(c.theirs ?? null)) return "theirs";
    if (now === stableStringify(c.base ?? null)) return "base";
    return null;
  };
  const apply = () => {
    const values = { ...props.merged };
    for (const c of conflicts) values[c.field] = props.mine[c.field];
    props.onReapply(values);
  };
  return (
    <section aria-labelledby="conflict-title" className="mb-6 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <h2 id="conflict-title" className="text-lg font-semibold">{t("title")}</h2>
      <p role="alert" className="mt-1">
        {current.updatedBy
          ? m("conflictMessage", { who: current.updatedBy, version: current.version, time: when, count: conflicts.length })
          : m("conflictMessageNoAuthor", { version: current.version, time: when, count: conflicts.length })}
      </p>
      <div className="mt-3"><ScrollRegion label={m("caption")}>
        <table className={tableClass}>
          <caption className="sr-only">{m("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("field")}</th>
              <th scope="col" className={thClass}>{props.baseVersion !== undefined ? m("base", { version: props.baseVersion }) : m("baseUnknown")}</th>
              <th scope="col" className={thClass}>{t("theirs", { version: current.version })}</th>
              <th scope="col" className={thClass}>{t("yours")}</th>
              <th scope="col" className={thClass}>{m("keep")}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => {
              const choice = chosen(c);
              const options: Array<[Choice, string, unknown]> = [
                ["yours", m("keepYours"), c.yours],
                ["theirs", m("keepTheirs"), c.theirs],
                ["base", m("keepBase"), c.base],
              ];
              return (
                <tr key={c.field}>
                  <th scope="row" className={`${tdClass} font-medium`}>{label(c.field)}</th>
                  <td className={`${tdClass} whitespace-pre-wrap break-words`}>{displayValue(c.field, c.base, props.options)}</td>
                  <td className={`${tdClass} whitespace-pre-wrap break-words`}>{displayValue(c.field, c.theirs, props.options)}</td>
                  <td className={`${tdClass} whitespace-pre-wrap break-words`}>{displayValue(c.field, c.yours, props.options)}</td>
                  <td className={tdClass}>
                    <fieldset>
                      <legend className="sr-only">{m("keepFor", { field: label(c.field) })}</legend>
                      {options.map(([key, text, value]) => (
                        <label key={key} className="flex items-center gap-2 whitespace-nowrap">
                          <input
                            type="radio"
                            name={`keep-${c.field}`}
                            value={key}
                            checked={choice === key}
                            onChange={() => props.onChoose(c.field, value)}
                          />
                          {text}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      </div>
      <p className="mt-2 text-sm">{m("restMerged")}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={apply}>{m("apply", { version: current.version })}</button>
        <button type="button" className={secondaryButtonClass} onClick={props.onLoadTheirs}>{t("loadTheirs", { version: current.version })}</button>
      </div>
    </section>
  );
}
