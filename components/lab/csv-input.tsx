"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { csvTooLongForUrl, MAX_CSV_ROWS, type CsvError, type CsvResult } from "@/lib/regression";
import { csvErrorMessageRef } from "./csv-messages";
import { ERROR_CLASS, HINT_CLASS, INPUT_CLASS } from "./fields";

const MAX_FILE_MB = 2;

type Translate = ReturnType<typeof useTranslations<"lab.csv">>;

/** The parser's typed errors in the reader's language, each naming its row. */
export function csvErrorMessage(t: Translate, e: CsvError): string {
  const { key, values } = csvErrorMessageRef(e);
  return t(key, values);
}

/**
 * Paste or upload x,y data. The data is checked once the person has typed, pasted or uploaded something, or left the
 * field (an untouched empty box is not an error); errors appear next to the field, each naming its row. While the
 * new text has errors, the lab keeps training on the last valid data (`keptPoints` of them), and says so.
 */
export function CsvInput({
  text,
  onText,
  result,
  missingFromLink,
  keptPoints,
}: {
  text: string;
  onText: (text: string) => void;
  result: CsvResult | null;
  missingFromLink: boolean;
  keptPoints: number | null;
}) {
  const t = useTranslations("lab.csv");
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  // Text that came with a link is checked at once; an empty box only after input or leaving it.
  const [touched, setTouched] = useState(() => text.trim() !== "");
  const errors = touched && result && !result.ok ? result.errors : [];
  const input = (value: string) => {
    setTouched(true);
    onText(value);
  };
  const describedBy = [`${id}-hint`, `${id}-status`].join(" ");

  const onFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setFileError(t("fileTooLarge", { max: MAX_FILE_MB }));
      return;
    }
    try {
      input(await file.text());
    } catch {
      setFileError(t("fileUnreadable"));
    }
  };

  return (
    <div className="space-y-2">
      {missingFromLink && text.trim() === "" ? (
        <p className="rounded border border-amber-500 px-2 py-1 text-sm text-amber-900 dark:text-amber-200">{t("missingFromLink")}</p>
      ) : null}
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          {t("label")}
        </label>
        <textarea
          id={id}
          rows={6}
          spellCheck={false}
          className={`${INPUT_CLASS} font-mono`}
          value={text}
          placeholder={t("placeholder")}
          aria-invalid={errors.length > 0}
          aria-describedby={describedBy}
          onChange={(e) => input(e.target.value)}
          onBlur={() => setTouched(true)}
        />
        <p id={`${id}-hint`} className={HINT_CLASS}>
          {t("hint", { max: MAX_CSV_ROWS })}
        </p>
      </div>
      <div id={`${id}-status`} aria-live="polite">
        {errors.length > 0 ? (
          <div className={ERROR_CLASS}>
            <p className="font-medium">{t("errorsHeading")}</p>
            <ul className="list-disc pl-5">
              {errors.map((e, i) => (
                <li key={`${e.code}-${e.row ?? "all"}-${e.column ?? ""}-${i}`}>{csvErrorMessage(t, e)}</li>
              ))}
            </ul>
            {result && !result.ok && result.truncated ? <p>{t("truncated", { count: errors.length })}</p> : null}
            {keptPoints !== null ? <p className="mt-1 text-slate-700 dark:text-slate-300">{t("keptPrevious", { count: keptPoints })}</p> : null}
          </div>
        ) : result && result.ok ? (
          <p className={HINT_CLASS}>
            {t("ok", { count: result.x.length })}
            {csvTooLongForUrl(text) ? ` ${t("notInLink")}` : null}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          {t("upload")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          className="mt-1 block w-full text-sm file:mr-2 file:rounded file:border file:border-slate-400 file:bg-white file:px-2 file:py-1 dark:file:bg-slate-900 dark:file:text-slate-100"
          aria-describedby={fileError ? `${id}-file-error` : undefined}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {fileError ? (
          <p id={`${id}-file-error`} role="alert" className={ERROR_CLASS}>
            {fileError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
