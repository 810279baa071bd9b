import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { StatusBadge } from "@/components/admin/badges";
import { EntryEditor } from "@/components/admin/entry-editor";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getEntry } from "@/lib/editing/get-entry";
import { relationOptions } from "@/lib/editing/relation-options";
import { entityTypeOfSegment } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { deleteEntryAction } from "@/lib/actions/entries";
import { guardedRead } from "../../../_lib/read";

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/[entity]/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const type = entityTypeOfSegment((await params).entity);
  if (!type) return {};
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("editor.editTitle", { entity: t(`entities.${type}.singular`), name: (await params).id }) };
}

export default async function EditEntryPage({ params, searchParams }: PageProps<"/[locale]/admin/[entity]/[id]">) {
  const locale = await pageLocale(params);
  const { entity, id: rawId } = await params;
  const type = entityTypeOfSegment(entity);
  const id = parseId(rawId);
  if (!type || id === null) notFound();
  const loaded = await guardedRead(locale, async () => ({ entry: await getEntry(type, id), options: await relationOptions() }));
  if (loaded.forbidden || !loaded.data.entry) notFound();
  const { entry, options } = loaded.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const def = ENTITIES[type];
  const [zh, en] = def.titleFields;
  // The heading speaks the UI language: the entry's name in it first, the other language as a fallback.
  const [first, second] = locale === "zh" ? [zh, en] : [en, zh];
  const name = String(entry.values[first] || entry.values[second] || entry.slug);
  const created = (await searchParams).created === "1";

  return (
    <div>
      <p className="mb-2 text-sm"><Link href={`/admin/${entity}`}>← {t(`entities.${type}.plural`)}</Link></p>
      <h1 id="editor-title" className="text-2xl font-bold">{t("editor.editTitle", { entity: t(`entities.${type}.singular`), name })}</h1>
      <div className="mb-4 mt-2 flex flex-wrap items-center gap-3 text-sm">
        <StatusBadge status={entry.status} />
        <span>{t("editor.versionInfo", { version: entry.version, date: format.dateTime(new Date(entry.updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}</span>
        {def.publicPath && entry.status === "published" && !entry.deleted ? (
          <a href={`/${locale}${def.publicPath(entry.slug)}`}>{t("editor.viewPublic")}</a>
        ) : null}
        {created ? <span role="status" className="font-semibold">{t("editor.created")}</span> : null}
      </div>
      {entry.deleted ? (
        <p className="mb-4 rounded border border-amber-600 p-3">{t("editor.inTrash")} <Link href="/admin/trash">{t("nav.trash")}</Link></p>
      ) : (
        <>
          <EntryEditor key={`${entry.id}`} type={type} id={entry.id} version={entry.version} initialValues={entry.values} options={options} />
          <div className="mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
            <ActionButton
              action={deleteEntryAction.bind(null, type, entry.id, entry.version)}
              label={t("editor.delete")}
              confirmLabel={t("editor.deleteConfirm")}
              success={t("results.deleted")}
              redirectTo={`/admin/${entity}`}
              danger
            />
          </div>
        </>
      )}
    </div>
  );
}
