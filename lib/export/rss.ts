// RSS 2.0 documents. Pure: the route gathers the items, this writes well-formed, escaped XML.

export interface RssItem {
  title: string;
  link: string;
  /** Stable per version, so that readers notice an update as a new item. */
  guid: string;
  description: string;
  category?: string;
  pubDate: Date;
}

export interface RssChannel {
  title: string;
  link: string;
  selfLink: string;
  description: string;
  /** e.g. "en" or "zh-CN". */
  language: string;
  items: RssItem[];
}

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function rss(channel: RssChannel): string {
  const e = xmlEscape;
  const newest = channel.items.reduce<Date | null>((d, i) => (d === null || i.pubDate > d ? i.pubDate : d), null);
  const items = channel.items
    .map(
      (i) => `    <item>
      <title>${e(i.title)}</title>
      <link>${e(i.link)}</link>
      <guid isPermaLink="false">${e(i.guid)}</guid>
      <description>${e(i.description)}</description>${i.category ? `\n      <category>${e(i.category)}</category>` : ""}
      <pubDate>${i.pubDate.toUTCString()}</pubDate>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${e(channel.title)}</title>
    <link>${e(channel.link)}</link>
    <atom:link href="${e(channel.selfLink)}" rel="self" type="application/rss+xml"/>
    <description>${e(channel.description)}</description>
    <language>${e(channel.language)}</language>${newest ? `\n    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : ""}
${items}
  </channel>
</rss>
`;
}
