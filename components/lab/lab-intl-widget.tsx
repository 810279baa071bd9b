"use client";

import { NextIntlClientProvider, type AbstractIntlMessages, type Locale } from "next-intl";
import LabWidget, { type LabWidgetProps } from "./lab-widget";

export interface LabIntl {
  locale: Locale;
  timeZone: string;
  /** Only the "lab" and "labTiming" namespaces ("lab" is loaded with the widget: lab-messages.ts). */
  messages: AbstractIntlMessages;
}

/**
 * The widget inside its own translation provider. Both live in the lazily loaded lab chunk, so next-intl's client
 * runtime (use-intl and its message parser) loads only where a lab is shown, not on every technique page that
 * merely could embed one (the route's client graph includes the loader whatever the slug).
 */
export default function LabIntlWidget({ intl, ...props }: LabWidgetProps & { intl: LabIntl }) {
  return (
    <NextIntlClientProvider locale={intl.locale} timeZone={intl.timeZone} messages={intl.messages}>
      <LabWidget {...props} />
    </NextIntlClientProvider>
  );
}
