import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Messages are split by area (site, explorer, lab, admin, search) so that each area's texts live beside each other;
// they are merged into one catalog per locale.
async function loadMessages(locale: string) {
  const [site, explore, lab, admin, search] = await Promise.all([
    import(`../messages/${locale}.json`),
    import(`../messages/${locale}.explore.json`),
    import(`../messages/${locale}.lab.json`),
    import(`../messages/${locale}.admin.json`),
    import(`../messages/${locale}.search.json`),
  ]);
  return { ...site.default, ...explore.default, ...lab.default, ...admin.default, ...search.default };
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});
