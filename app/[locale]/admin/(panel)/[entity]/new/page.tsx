import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EntryEditor } from "@/components/admin/entry-editor";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { relationOptions } from "@/lib/editing/relation-options";
import { entityTypeOfSegment } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { guardedRead } from "../../../_lib/read";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/[entity]/new">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const type = entityTypeOfSegment((await params).entity);
  if (!type) return {};
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("editor.newTitle", { entity: t(`entities.${type}.singular`) }) };
}

export default async function NewEntryPage({ params }: PageProps<"/[locale]/admin/[entity]/new">) {
  const locale = await pageLocale(params);
  const { entity } = await params;
  const type = entityTypeOfSegment(entity);
  if (!type) notFound();
  const options = await guardedRead(locale, () => relationOptions());
  if (options.forbidden) notFound();
  const t = await getTranslations("admin");
  return (
    <div>
      <p className="mb-2 text-sm"><Link href={`/admin/${entity}`}>← {t(`entities.${type}.plural`)}</Link></p>
      <h1 id="editor-title" className="mb-4 text-2xl font-bold">{t("editor.newTitle", { entity: t(`entities.${type}.singular`) })}</h1>
      <EntryEditor type={type} initialValues={ENTITIES[type].defaults} options={options.data} />
    </div>
  );
}
