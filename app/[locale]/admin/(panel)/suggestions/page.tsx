import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, inputClass, labelClass, tableClass, tdClass, thClass } from "@/components/admin/styles";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { QUEUE_PAGE_SIZE, suggestionQueue, type QueueFilter } from "@/lib/suggestions/moderate";
import { guardedRead } from "../../_lib/read";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.suggestions" });
  return { title: t("title") };
}

function one(v: string | string[] | undefined): string {
  return typeof v === "string" ? v : "";
}

function filterOf(sp: Record<string, string | string[] | undefined>): QueueFilter {
  const state = one(sp.state);
  const kind = one(sp.kind);
  const language = one(sp.language);
  const page = Number(one(sp.page));
  return {
    state: state === "accepted" || state === "declined" ? state : "received",
    kind: kind === "new" || kind === "edit" ? kind : null,
    language: language === "en" || language === "zh" || language === "both" ? language : null,
    page: Number.isSafeInteger(page) && page > 0 && page < 100_000 ? page : 1,
  };
}

/** The moderation queue (issue 15): oldest first, filtered by state, kind and language; spam is never listed. */
export default async function SuggestionQueuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const filter = filterOf(await searchParams);
  const loaded = await guardedRead(locale, () => suggestionQueue(filter));
  if (loaded.forbidden) return null;
  const { rows, total, counts } = loaded.data;
  const t = await getTranslations("admin.suggestions");
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const query = (page: number) => {
    const q = new URLSearchParams();
    if (filter.state !== "received") q.set("state", filter.state);
    if (filter.kind) q.set("kind", filter.kind);
    if (filter.language) q.set("language", filter.language);
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return `/admin/suggestions${s ? `?${s}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
        <p className="mt-1 text-sm">{t("counts", counts)}</p>
      </div>
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="sg-state" className={labelClass}>{t("state")}</label>
          <select id="sg-state" name="state" defaultValue={filter.state} className={inputClass}>
            {(["received", "accepted", "declined"] as const).map((s) => <option key={s} value={s}>{t(`states.${s}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="sg-kind" className={labelClass}>{t("kind")}</label>
          <select id="sg-kind" name="kind" defaultValue={filter.kind ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {(["new", "edit"] as const).map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="sg-language" className={labelClass}>{t("language")}</label>
          <select id="sg-language" name="language" defaultValue={filter.language ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {(["en", "zh", "both"] as const).map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClass}>{t("apply")}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")}>
          <table className={tableClass}>
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("id")}</th>
                <th scope="col" className={thClass}>{t("what")}</th>
                <th scope="col" className={thClass}>{t("kind")}</th>
                <th scope="col" className={thClass}>{t("language")}</th>
                <th scope="col" className={thClass}>{t("sent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>{r.id}</td>
                  <td className={tdClass}>
                    <Link className="underline underline-offset-2" href={`/admin/suggestions/${r.id}`} aria-label={`${t("open", { id: r.id })}: ${r.title}`}>
                      {r.title || `#${r.id}`}
                    </Link>
                  </td>
                  <td className={tdClass}>{t(`kinds.${r.kind === "edit" ? "edit" : "new"}`)}</td>
                  <td className={tdClass}>{t(`languages.${r.language === "zh" ? "zh" : r.language === "both" ? "both" : "en"}`)}</td>
                  <td className={tdClass}>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pages > 1 ? (
        <nav aria-label={t("page", { page: filter.page, pages })} className="flex items-center gap-4 text-sm">
          {filter.page > 1 ? <Link href={query(filter.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page: filter.page, pages })}</span>
          {filter.page < pages ? <Link href={query(filter.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
