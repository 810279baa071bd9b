import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/badges";
import { displayValue } from "@/components/admin/display-value";
import { Markdown } from "@/components/markdown";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getEntry } from "@/lib/editing/get-entry";
import { relationOptions } from "@/lib/editing/relation-options";
import { entityTypeOfSegment } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { guardedRead } from "../../../../_lib/read";
import { messageOr } from "@/i18n/message-or";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/[entity]/[id]/preview">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.preview" });
  return { title: t("title") };
}

/** How an entry reads, drafts included: for editors, never for the public (the guard protects the read). */
export default async function PreviewPage({ params }: PageProps<"/[locale]/admin/[entity]/[id]/preview">) {
  const locale = await pageLocale(params);
  const { entity, id: rawId } = await params;
  const type = entityTypeOfSegment(entity);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  if (!type || id === null) notFound();
  const loaded = await guardedRead(locale, async () => ({ entry: await getEntry(type, id), options: await relationOptions() }));
  if (loaded.forbidden || !loaded.data.entry) notFound();
  const { entry, options } = loaded.data;
  const t = await getTranslations("admin");
  const def = ENTITIES[type];
  const v = entry.values;
  const languages = [
    { code: "en" as const, heading: t("preview.english") },
    { code: "zh" as const, heading: t("preview.chinese") },
  ];

  return (
    <div>
      <p className="mb-2 text-sm"><Link href={`/admin/${entity}/${id}`}>← {t("history.backToEditor")}</Link></p>
      <p role="note" className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
        {t("preview.banner")} <StatusBadge status={entry.status} />
      </p>
      <h1 className="sr-only">{t("preview.title")}</h1>
      <div className="grid gap-8 lg:grid-cols-2">
        {languages.map(({ code, heading }) => {
          const suffix = code === "en" ? "En" : "Zh";
          return (
            <article key={code} lang={code} aria-label={heading} className="min-w-0">
              <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400" lang={locale}>{heading}</h2>
              {def.fields.map((f) => {
                if (f.kind !== "localized") return null;
                const text = String(v[`${f.name}${suffix}`] ?? "");
                if (!text) return null;
                if (f.name === def.titleFields[1].replace(/En$/, "")) return <p key={f.name} className="text-2xl font-bold">{text}</p>;
                return f.widget === "markdown" ? <Markdown key={f.name} lang={code}>{text}</Markdown> : <p key={f.name} className="mt-2">{text}</p>;
              })}
            </article>
          );
        })}
      </div>
      <dl className="mt-8 grid gap-3 text-sm sm:grid-cols-2">
        {def.fields
          .filter((f) => f.kind !== "localized")
          .flatMap((f) => (f.kind === "note-target" ? ["targetType", "targetId", "pageKey"] : [f.name]))
          .map((field) => (
            <div key={field}>
              <dt className="font-semibold">{messageOr(t, `fields.${field}`, field)}</dt>
              <dd className="break-words">{displayValue(field, v[field], options)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
