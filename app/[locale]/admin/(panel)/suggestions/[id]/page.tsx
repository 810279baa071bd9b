import { messageOr } from "@/i18n/message-or";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { tableClass, tdClass, thClass } from "@/components/admin/styles";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { Markdown } from "@/components/markdown";
import { ModerationPanel } from "@/components/suggest/moderation-panel";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { relationOptions, type RelationOptions } from "@/lib/editing/relation-options";
import { pick } from "@/lib/i18n/localize";
import { SEGMENTS } from "@/lib/schemas/entity-types";
import { suggestionDetail } from "@/lib/suggestions/moderate";
import type { PatchValue } from "@/lib/suggestions/patch";
import { guardedRead } from "../../../_lib/read";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.suggestions" });
  return { title: t("detailTitle", { id: /^\d{1,9}$/.test(id) ? id : "?" }) };
}

/** One suggestion: the proposal as it would appear, its sources, the diff(s), the submitter (editors only), the decision. */
export default async function SuggestionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id: raw } = await params;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const loaded = await guardedRead(locale, async () => {
    const detail = id > 0 ? await suggestionDetail(id) : null;
    return { detail, options: detail ? await relationOptions() : null };
  });
  if (loaded.forbidden) return null;
  const t = await getTranslations("admin.suggestions");
  const admin = await getTranslations("admin");
  const format = await getFormatter();
  const { detail: d, options } = loaded.data;
  if (!d || !options) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("gone")}</p>
        <Link href="/admin/suggestions">{t("back")}</Link>
      </div>
    );
  }
  const name = (list: RelationOptions[keyof RelationOptions], optionId: number) => {
    const o = list.find((x) => x.id === optionId);
    return o ? pick(o.nameZh, o.nameEn, locale).text : `#${optionId}`;
  };
  const label = (column: string) => {
    const base = column.replace(/(Zh|En)$/, "");
    const lang = column.endsWith("Zh") ? (locale === "zh" ? "中文" : "Chinese") : locale === "zh" ? "英文" : "English";
    return `${messageOr(admin, `fields.${base}`, base)} (${lang})`;
  };
  const show = (v: PatchValue) => (Array.isArray(v) ? v.join(", ") : v === null || v === "" ? t("none") : String(v));
  const date = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  const p = d.proposal;

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm"><Link href="/admin/suggestions">{t("back")}</Link></p>
        <h1 className="text-2xl font-bold">{t("detailTitle", { id: d.id })}</h1>
        <p className="mt-1 text-sm">
          {t(`kinds.${d.kind === "edit" ? "edit" : "new"}`)} · {t(`states.${d.state as "received"}`)} · {date(d.createdAt)}
        </p>
        {d.decidedAt ? <p className="mt-1 text-sm">{t("decided", { email: d.reviewerEmail || t("none"), date: date(d.decidedAt) })}</p> : null}
        {d.state === "declined" && d.decisionReason ? <p className="mt-1 whitespace-pre-line text-sm">{d.decisionReason}</p> : null}
        {d.result ? (
          <p className="mt-1 text-sm">
            <Link className="underline underline-offset-2" href={`/admin/${SEGMENTS[d.result.type]}/${d.result.id}`}>
              {d.kind === "new" ? t("openDraft") : t("openEntry")}
            </Link>
          </p>
        ) : null}
      </div>

      {p ? (
        <section aria-labelledby="sg-proposal" className="rounded-md border border-slate-300 p-4 dark:border-slate-700">
          <h2 id="sg-proposal" className="mb-3 text-xl font-semibold">{t("proposal")}</h2>
          <p className="text-sm">
            {p.domainId > 0 ? name(options.domain, p.domainId) : t("otherDomain", { name: p.otherDomain })}
          </p>
          {p.titleEn ? <h3 lang="en" className="mt-2 text-2xl font-bold">{p.titleEn}</h3> : null}
          {p.titleZh ? <h3 lang="zh" className="mt-2 text-2xl font-bold">{p.titleZh}</h3> : null}
          {p.summaryEn ? <p lang="en" className="mt-2 text-lg">{p.summaryEn}</p> : null}
          {p.summaryZh ? <p lang="zh" className="mt-2 text-lg">{p.summaryZh}</p> : null}
          {p.body ? <Markdown lang={d.language === "zh" ? "zh" : "en"}>{p.body}</Markdown> : null}
          <dl className="mt-4 grid gap-3 md:grid-cols-3 text-sm">
            <div><dt className="font-semibold">{admin("fields.techniques")}</dt><dd>{p.techniques.map((x) => name(options.technique, x)).join(", ") || t("none")}</dd></div>
            <div><dt className="font-semibold">{admin("fields.mechanisms")}</dt><dd>{p.mechanisms.map((x) => name(options.mechanism, x)).join(", ") || t("none")}</dd></div>
            <div><dt className="font-semibold">{admin("fields.challenges")}</dt><dd>{p.challenges.map((x) => name(options.challenge, x)).join(", ") || t("none")}</dd></div>
          </dl>
        </section>
      ) : null}

      {d.kind === "edit" && !d.edit ? <p>{t("entryGone")}</p> : null}
      {d.edit ? (
        <>
          {d.reason ? (
            <section aria-labelledby="sg-reason">
              <h2 id="sg-reason" className="mb-2 text-xl font-semibold">{t("reason")}</h2>
              <p className="whitespace-pre-line">{d.reason}</p>
            </section>
          ) : null}
          <section aria-labelledby="sg-base">
            <h2 id="sg-base" className="mb-2 text-xl font-semibold">{t("againstBase", { version: d.edit.patch.baseVersion })}</h2>
            <ScrollRegion label={t("againstBase", { version: d.edit.patch.baseVersion })}>
              <table className={tableClass}>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>{t("field")}</th>
                    <th scope="col" className={thClass}>{t("base")}</th>
                    <th scope="col" className={thClass}>{t("proposed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.edit.againstBase.map((c) => (
                    <tr key={c.field}>
                      <th scope="row" className={`${tdClass} font-medium`}>{label(c.field)}</th>
                      <td className={`${tdClass} whitespace-pre-wrap`}><del>{show(c.from)}</del></td>
                      <td className={`${tdClass} whitespace-pre-wrap`}><ins>{show(c.to)}</ins></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          {d.edit.movedOn ? (
            <section aria-labelledby="sg-current">
              <h2 id="sg-current" className="mb-2 text-xl font-semibold">{t("againstCurrent", { version: d.edit.currentVersion })}</h2>
              <p className="mb-2 text-sm">{t("movedOn")}</p>
              <ScrollRegion label={t("againstCurrent", { version: d.edit.currentVersion })}>
                <table className={tableClass}>
                  <thead>
                    <tr>
                      <th scope="col" className={thClass}>{t("field")}</th>
                      <th scope="col" className={thClass}>{t("current")}</th>
                      <th scope="col" className={thClass}>{t("proposed")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.edit.againstCurrent.map((c) => (
                      <tr key={c.field}>
                        <th scope="row" className={`${tdClass} font-medium`}>
                          {label(c.field)}
                          {c.movedOn ? <span className="block text-xs text-amber-800 dark:text-amber-300">{t("changedMeanwhile")}</span> : null}
                          {c.alreadyApplied ? <span className="block text-xs">{t("alreadyApplied")}</span> : null}
                        </th>
                        <td className={`${tdClass} whitespace-pre-wrap`}>{show(c.current)}</td>
                        <td className={`${tdClass} whitespace-pre-wrap`}>{show(c.proposed)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
          ) : null}
        </>
      ) : null}

      <section aria-labelledby="sg-sources">
        <h2 id="sg-sources" className="mb-2 text-xl font-semibold">{t("sources")}</h2>
        {d.sources.length === 0 ? (
          <p>{t("noSources")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {d.sources.map((s) => (
              <li key={s} className="break-all">
                <a href={s} rel="nofollow noopener noreferrer ugc" target="_blank" className="underline underline-offset-2">{s}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sg-submitter">
        <h2 id="sg-submitter" className="mb-2 text-xl font-semibold">{t("submitter")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("creditName")}</dt><dd>{d.creditName || t("none")}</dd>
          <dt className="font-semibold">{t("email")}</dt><dd className="break-all">{d.email ?? t("none")}</dd>
          <dt className="font-semibold">{t("ip")}</dt><dd>{d.ip ?? t("none")}</dd>
        </dl>
      </section>

      {d.state === "received" && (d.kind === "new" || d.edit) ? (
        <ModerationPanel
          id={d.id}
          kind={d.kind === "edit" ? "edit" : "new"}
          domains={p && p.domainId === 0 ? options.domain.map((o) => ({ id: o.id, name: pick(o.nameZh, o.nameEn, locale).text })) : null}
          fields={d.edit ? d.edit.againstCurrent.map((c) => ({ column: c.field, label: label(c.field), movedOn: c.movedOn })) : []}
          chosen={d.edit ? d.edit.chosen : []}
          version={d.edit ? d.edit.currentVersion : null}
        />
      ) : null}
    </div>
  );
}
