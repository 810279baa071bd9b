import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";

export default async function AdminDashboardPage({ params }: PageProps<"/[locale]/admin">) {
  await pageLocale(params);
  const t = await getTranslations("admin.nav");
  return <h1 className="text-2xl font-bold">{t("dashboard")}</h1>;
}
