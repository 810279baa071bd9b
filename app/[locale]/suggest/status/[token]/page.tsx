import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { pick } from "@/lib/i18n/localize";
import { statusByToken } from "@/lib/suggestions/status";

type Props = { params: Promise<{ locale: string; token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "suggest" });
  // A private page: never indexed, and its address is not sent to other sites.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SuggestionStatusPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("suggest");
  const format = await getFormatter();
  const status = await statusByToken(token);
  if (!status) {
    return (
      <article>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4">{t("unknownToken")}</p>
      </article>
    );
  }
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const state = status.state as "received" | "accepted" | "declined";
  return (
    <article>
      <h1 className="text-3xl font-bold">{t("statusTitle", { id: status.id })}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("statusIntro")}</p>
      <dl className="mt-6 space-y-3">
        <div>
          <dt className="font-semibold">{t("state")}</dt>
          <dd data-state={state}>{t(`states.${state}`)}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("sentAt", { date: "" })}</dt>
          <dd>{t("sentAt", { date: date(status.createdAt) })}{status.decidedAt ? ` · ${t("decidedAt", { date: date(status.decidedAt) })}` : ""}</dd>
        </div>
        {state === "declined" && status.decisionReason ? (
          <div>
            <dt className="font-semibold">{t("declineReason")}</dt>
            <dd className="whitespace-pre-line">{status.decisionReason}</dd>
          </div>
        ) : null}
      </dl>
      {state === "accepted" ? (
        status.live ? (
          <p className="mt-6">
            <Link className="underline underline-offset-2" href={status.live.path}>{t("liveLink", { name: pick(status.live.nameZh, status.live.nameEn, locale).text })}</Link>
          </p>
        ) : (
          <p className="mt-6">{t("notLiveYet")}</p>
        )
      ) : null}
      <p className="mt-8 text-sm">
        <Link className="underline underline-offset-2" href="/suggest">{t("newLink")}</Link>
      </p>
    </article>
  );
}
