import { getTranslations } from "next-intl/server";
import type { CopyDifference } from "@/lib/article/differences";
import type { ArticleBlock, ArticleSection, ArticleSubsection } from "@/lib/article/parse";
import type { Placement } from "@/lib/article/passages";
import type { ArticleNote } from "@/lib/catalog/article";
import type { AppLocale } from "@/lib/i18n/localize";
import { BlockBody, DrawnFrom, PassageNotes, type EntityLabel } from "./article-passage";

export interface PartContext {
  locale: AppLocale;
  placement: Placement<ArticleNote>;
  differences: CopyDifference[];
  label: EntityLabel;
  formulaLabel: string;
}

/** One passage with its anchor, what was drawn from it, and the notes beside it (a second column on wide screens). */
async function Passage({ block, ctx }: { block: ArticleBlock; ctx: PartContext }) {
  const t = await getTranslations("article");
  const marks = ctx.placement.passages.get(block.id) ?? [];
  const notes = ctx.placement.notes.get(block.id) ?? [];
  const unplaced = marks.filter((m) => !m.phrase).map((m) => m.entity);
  const wording = ctx.locale === "zh" ? ctx.differences.find((d) => d.kind === "wording" && d.id === block.id) : undefined;
  return (
    <div className={notes.length > 0 ? "lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-4" : ""}>
      <div>
        <BlockBody block={block} marks={marks} label={ctx.label} formulaLabel={ctx.formulaLabel} />
        <DrawnFrom entities={unplaced} label={ctx.label} scope="passage" />
        {wording && wording.kind === "wording" ? (
          <p className="mt-1 rounded border border-dashed border-violet-400 px-2 py-1 text-sm text-slate-700 dark:text-slate-300">
            <span className="font-medium">{t("wordingDiffers")}</span> {wording.second.replaceAll("**", "")}
          </p>
        ) : null}
      </div>
      {notes.length > 0 ? (
        <div>
          <PassageNotes notes={notes} locale={ctx.locale} />
        </div>
      ) : null}
    </div>
  );
}

/** Consecutive list items become one list (numbered when the article numbers them); other blocks stand alone. */
function groupBlocks(blocks: ArticleBlock[]): ArticleBlock[][] {
  const groups: ArticleBlock[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    const sameList = last && block.kind === "item" && last[0].kind === "item" && (block.ordinal === undefined) === (last[0].ordinal === undefined);
    if (sameList) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

export function PartBlocks({ blocks, ctx }: { blocks: ArticleBlock[]; ctx: PartContext }) {
  return (
    <>
      {groupBlocks(blocks).map((group) => {
        const first = group[0];
        if (first.kind === "item") {
          const List = first.ordinal !== undefined ? "ol" : "ul";
          return (
            <List key={first.id} start={first.ordinal} className={`my-3 space-y-2 pl-6 ${List === "ol" ? "list-decimal" : "list-disc"}`}>
              {group.map((block) => (
                <li key={block.id} id={block.id} className="scroll-mt-4">
                  <Passage block={block} ctx={ctx} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <div key={first.id} id={first.id} className="my-3 scroll-mt-4">
            <Passage block={first} ctx={ctx} />
          </div>
        );
      })}
    </>
  );
}

/** A section's or sub-section's heading (h2/h3 with its anchor), what was drawn from it as a whole, and its notes. */
export async function PartHeading({ part, level, ctx }: { part: ArticleSection | ArticleSubsection; level: 2 | 3; ctx: PartContext }) {
  const t = await getTranslations("article");
  const Heading = level === 2 ? "h2" : "h3";
  const steps = ctx.differences.find((d) => d.kind === "steps" && d.id === part.id);
  const sep = ctx.locale === "zh" ? "、" : ", ";
  return (
    <>
      <Heading id={part.id} className={`scroll-mt-4 font-semibold ${level === 2 ? "mt-10 text-2xl" : "mt-6 text-xl"}`}>
        <span className="mr-1 text-slate-600 dark:text-slate-400">{level === 2 ? `${part.number}.` : part.number}</span>{" "}
        {part.title}
      </Heading>
      <DrawnFrom entities={ctx.placement.parts.get(part.id) ?? []} label={ctx.label} scope="section" />
      <PassageNotes notes={ctx.placement.notes.get(part.id) ?? []} locale={ctx.locale} />
      {steps && steps.kind === "steps" ? (
        <aside
          aria-label={t("copiesDiffer")}
          className="mt-2 rounded-lg border-l-4 border-violet-500 bg-violet-50 p-3 text-sm dark:bg-violet-950/40"
        >
          <p className="font-semibold">{t("copiesDiffer")}</p>
          <p>
            {t("stepsDiffer", {
              first: steps.counts.zh,
              second: steps.counts.zhSecond,
              en: steps.counts.en,
              added: (ctx.locale === "zh" ? steps.added.zh : steps.added.en.length > 0 ? steps.added.en : steps.added.zh).join(sep),
            })}
          </p>
        </aside>
      ) : null}
    </>
  );
}
