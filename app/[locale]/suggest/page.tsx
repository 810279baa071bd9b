import { messageOr } from "@/i18n/message-or";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SuggestForm, type EditField, type PickOption } from "@/components/suggest/suggest-form";
import { pageLocale } from "@/i18n/page-locale";
import { pick } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/seo/metadata";
import { publicOptions } from "@/lib/suggestions/entries";
import { suggestLimits } from "@/lib/suggestions/limits-policy";
import { issueChallenge } from "@/lib/suggestions/pow";
import { SUGGESTIBLE_TYPES, type SuggestibleType } from "@/lib/suggestions/schema";
import { suggestSecret } from "@/lib/suggestions/secret";
import { editableEntry } from "@/lib/suggestions/submit";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Every visit gets its own signed challenge (the opening time and the proof of work's puzzle).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "suggest" });
  return { ...pageMetadata({ locale, path: "/suggest", title: t("title"), description: t("intro") }), robots: { index: false } };
}

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export default async function SuggestPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const sp = await searchParams;
  const t = await getTranslations("suggest");
  const nav = await getTranslations("nav");
  const admin = await getTranslations("admin");
  const limits = suggestLimits();
  const challenge = issueChallenge(suggestSecret(), limits.powBits);
  const entity = one(sp.entity);
  const slug = one(sp.slug);

  if (entity !== "" || slug !== "") {
    if (!(SUGGESTIBLE_TYPES as readonly string[]).includes(entity)) notFound();
    const entry = await editableEntry(entity as SuggestibleType, slug);
    if (!entry) notFound();
    const name = pick(entry.nameZh, entry.nameEn, locale).text;
    const fields: EditField[] = entry.fields.map((f) => ({
      column: f.column,
      label: `${messageOr(admin, `fields.${f.name}`, f.name)} (${f.lang === "zh" ? (locale === "zh" ? "中文" : "Chinese") : locale === "zh" ? "英文" : "English"})`,
      multiline: f.widget !== "line",
      max: f.max,
    }));
    return (
      <article>
        <Breadcrumbs items={[{ href: "/", label: nav("home") }, { label: t("suggestEdit") }]} />
        <h1 className="text-3xl font-bold">{t("editTitle", { name })}</h1>
        <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t("editIntro", { version: `v${entry.version}` })}</p>
        <SuggestForm
          mode="edit"
          locale={locale}
          challenge={challenge}
          work={limits.enabled}
          entity={entity}
          slug={entry.slug}
          baseVersion={entry.version}
          fields={fields}
          values={entry.values}
        />
      </article>
    );
  }

  const options = await publicOptions();
  const pickOptions = (list: Array<{ id: number; nameZh: string; nameEn: string }>): PickOption[] =>
    list.map((o) => ({ id: o.id, name: pick(o.nameZh, o.nameEn, locale).text, other: locale === "zh" ? o.nameEn : o.nameZh }));
  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: nav("home") }, { label: t("title") }]} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <SuggestForm
        mode="new"
        locale={locale}
        challenge={challenge}
        work={limits.enabled}
        domains={pickOptions(options.domain)}
        techniques={pickOptions(options.technique)}
        mechanisms={pickOptions(options.mechanism)}
        challenges={pickOptions(options.challenge)}
      />
    </article>
  );
}
