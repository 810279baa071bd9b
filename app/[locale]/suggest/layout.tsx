import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";

/**
 * The suggestion form translates in the browser: this provider hands it the "suggest" messages and the field-error
 * sentences it shares with the admin (admin.fieldErrors), nothing else.
 */
export default async function SuggestLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const messages = await getMessages({ locale });
  const admin = (messages.admin ?? {}) as Record<string, unknown>;
  return <NextIntlClientProvider messages={{ suggest: messages.suggest ?? {}, admin: { fieldErrors: admin.fieldErrors ?? {} } }}>{children}</NextIntlClientProvider>;
}
