import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavGroup } from "./nav-links";

/** The main navigation, in two groups (shown as headed groups in the phone menu, as one row on wide screens). */
export const NAV_GROUPS = [
  {
    key: "browse",
    items: [
      { href: "/domains", key: "domains" },
      { href: "/techniques", key: "techniques" },
      { href: "/explore", key: "explore" },
      { href: "/fusion-map", key: "fusionMap" },
    ],
  },
  {
    key: "learn",
    items: [
      { href: "/fusion", key: "fusion" },
      { href: "/challenges", key: "challenges" },
      { href: "/resources", key: "resources" },
      { href: "/faq", key: "faq" },
      { href: "/lab", key: "lab" },
      { href: "/article", key: "article" },
      { href: "/about", key: "about" },
    ],
  },
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const menu = await getTranslations({ locale, namespace: "navMenu" });
  const site = await getTranslations({ locale, namespace: "site" });
  const groups: NavGroup[] = NAV_GROUPS.map((group) => ({
    key: group.key,
    label: menu(group.key),
    items: group.items.map((item) => ({ href: item.href, label: t(item.key) })),
  }));
  return (
    // At most 64 px tall on every screen: on narrow screens the links sit behind the menu button.
    <header className="relative border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-x-3 px-4 sm:px-6">
        <Link href={`/${locale}`} className="shrink-0 whitespace-nowrap text-lg font-semibold text-slate-900 no-underline hover:no-underline dark:text-white">
          {site("name")}
        </Link>
        <NavLinks label={t("label")} menuLabel={t("menu")} groups={groups} />
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
