import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function Breadcrumbs({ items }: { items: Array<{ href?: string; label: string }> }) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">/</span> : null}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
