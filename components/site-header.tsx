import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";

export const NAV_ITEMS = [
  { href: "/domains", key: "domains" },
  { href: "/techniques", key: "techniques" },
  { href: "/explore", key: "explore" },
  { href: "/fusion", key: "fusion" },
  { href: "/fusion-map", key: "fusionMap" },
  { href: "/challenges", key: "challenges" },
  { href: "/resources", key: "resources" },
  { href: "/faq", key: "faq" },
  { href: "/lab", key: "lab" },
  { href: "/about", key: "about" },
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const site = await getTranslations({ locale, namespace: "site" });
  const items = NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.key) }));
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={`/${locale}`} className="text-lg font-semibold text-slate-900 no-underline hover:no-underline dark:text-white">
          {site("name")}
        </Link>
        <nav aria-label={t("label")} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <NavLinks items={items} />
        </nav>
        <LanguageSwitch
          label={t("switchTo")}
          ariaLabel={t("switchToLabel")}
          current={locale}
          target={locale === "zh" ? "en" : "zh"}
        />
      </div>
    </header>
  );
}
