import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Previous / "Page 2 of 5" / Next under an admin table; nothing when everything fits on one page. */
export async function AdminPagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("admin.list");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : null}
      <span>{t("page", { page, pages: pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
