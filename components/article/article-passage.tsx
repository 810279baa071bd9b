import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Formula } from "@/components/formula";
import { Localized } from "@/components/localized";
import { Markdown } from "@/components/markdown";
import { Link } from "@/i18n/navigation";
import type { ArticleBlock } from "@/lib/article/parse";
import type { PassageMark } from "@/lib/article/passages";
import { textPieces } from "@/lib/article/segments";
import type { ArticleNote } from "@/lib/catalog/article";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { EntityMark } from "./entity-mark";

export type EntityLabel = (mark: PassageMark["entity"]) => string;

/** The passage's text: bold runs, and the phrases of its marks as links to their entries. */
export function PassageText({ block, marks, label }: { block: ArticleBlock; marks: PassageMark[]; label: EntityLabel }) {
  const pieces = textPieces(block.text, marks.map((m) => m.phrase));
  return (
    <>
      {pieces.map((piece, k) => {
        const runs = piece.runs.map((run, r) => (run.bold ? <strong key={r}>{run.text}</strong> : <span key={r}>{run.text}</span>));
        if (piece.mark === undefined) return <span key={k}>{runs}</span>;
        const entity = marks[piece.mark].entity;
        return (
          <EntityMark key={k} href={entity.href} label={label(entity)}>
            {runs}
          </EntityMark>
        );
      })}
    </>
  );
}

/** Entries drawn from a passage (or section) that have no phrase of their own inside it: a line of links. */
export async function DrawnFrom({ entities, label, scope }: { entities: PassageMark["entity"][]; label: EntityLabel; scope: "passage" | "section" }) {
  if (entities.length === 0) return null;
  const t = await getTranslations("article");
  return (
    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium">{scope === "section" ? t("drawnFromSection") : t("drawnFromPassage")}</span>{" "}
      {entities.map((entity, k) => (
        <span key={`${entity.kind}:${entity.slug}`}>
          {k > 0 ? " · " : null}
          <Link href={entity.href} className="underline">
            {label(entity)}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** Editor's notes shown beside the passage they correct (read from the database, so an edited note shows). */
export async function PassageNotes({ notes, locale }: { notes: ArticleNote[]; locale: AppLocale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations("common");
  return (
    <>
      {notes.map((note) => {
        const body = pick(note.bodyZh, note.bodyEn, locale);
        return (
          <aside
            key={note.id}
            id={`note-${note.slug}`}
            aria-label={`${t("editorsNote")}: ${pick(note.titleZh, note.titleEn, locale).text}`}
            className="mt-2 min-w-0 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 text-sm [overflow-wrap:anywhere] lg:mt-0 dark:bg-amber-950/40"
          >
            <p className="text-xs font-semibold uppercase tracking-wide text-amber-900 dark:text-amber-200">{t("editorsNote")}</p>
            <Localized as="p" className="font-semibold" value={pick(note.titleZh, note.titleEn, locale)} />
            <Markdown lang={body.lang}>{body.text}</Markdown>
          </aside>
        );
      })}
    </>
  );
}

/** A block's own element (paragraph, list item, code, quote) with its anchor. */
export function BlockBody({ block, marks, label, formulaLabel }: { block: ArticleBlock; marks: PassageMark[]; label: EntityLabel; formulaLabel: string }): ReactNode {
  const marked = marks.length > 0;
  const highlight = marked ? "rounded-md border-l-4 border-sky-500 bg-sky-50/70 px-2 py-1 dark:bg-sky-950/30" : "";
  switch (block.kind) {
    case "code":
      return (
        <pre className={`scroll-mt-4 whitespace-pre-wrap break-words rounded-md bg-slate-100 p-3 text-xs dark:bg-slate-900 ${highlight}`}>
          <code lang="en">{block.text}</code>
        </pre>
      );
    case "quote":
      return (
        <blockquote className={`border-l-4 border-slate-300 pl-3 text-slate-700 dark:border-slate-700 dark:text-slate-300 ${highlight}`}>
          <PassageText block={block} marks={marks} label={label} />
        </blockquote>
      );
    default:
      return (
        <div className={highlight}>
          <PassageText block={block} marks={marks} label={label} />
          {block.formula ? <Formula tex={block.formula} label={`${formulaLabel}: ${block.lead ?? ""}`} /> : null}
        </div>
      );
  }
}
