// next-intl's typed messages: the English catalogs (merged as i18n/request.ts merges them) are the type of every
// translator's keys, so a key missing from messages/en*.json fails `npm run typecheck`. zh*.json are checked to have
// the same keys by the messages tests (components/admin/messages.test.ts, i18n/messages.test.ts).
import type admin from "../messages/en.admin.json";
import type explore from "../messages/en.explore.json";
import type site from "../messages/en.json";
import type lab from "../messages/en.lab.json";
import type search from "../messages/en.search.json";
import type { routing } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof site & typeof explore & typeof lab & typeof admin & typeof search;
  }
}
