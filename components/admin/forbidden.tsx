import { useTranslations } from "next-intl";

/** What an editor sees on an admin-only page (the guard refused the read with 403). */
export function Forbidden() {
  const t = useTranslations("admin.forbidden");
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("text")}</p>
    </div>
  );
}
