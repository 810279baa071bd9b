// The OpenGraph card of a use case (1200×630 PNG): site name, domain, title and summary. Pure rendering (no
// database), so a unit test can check that Chinese glyphs really come out of the bundled font.
import { ImageResponse } from "next/og";
import { OG_FONT_FAMILY, ogFonts } from "./fonts";

export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface UseCaseCard {
  siteName: string;
  domain: string;
  title: string;
  summary: string;
  /** BCP 47 tag of the title's language, so satori picks Chinese glyph forms for zh. */
  lang: "zh" | "en";
}

/** Long summaries are cut at a word/character boundary; satori has no line clamp. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export async function renderUseCaseCard(card: UseCaseCard, headers?: Record<string, string>): Promise<ImageResponse> {
  const fonts = await ogFonts();
  const lang = card.lang === "zh" ? "zh-CN" : "en";
  return new ImageResponse(
    (
      <div
        lang={lang}
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "linear-gradient(135deg, #0f172a 0%, #1e3a8a 100%)",
          color: "#f8fafc",
          fontFamily: OG_FONT_FAMILY,
        }}
      >
        <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: "#bfdbfe" }}>
          <div style={{ display: "flex", fontWeight: 700 }}>{card.siteName}</div>
          <div style={{ display: "flex", margin: "0 16px" }}>·</div>
          <div style={{ display: "flex", fontWeight: 400 }}>{card.domain}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: card.title.length > 40 ? 56 : 72, fontWeight: 700, lineHeight: 1.2 }}>{clip(card.title, 80)}</div>
          {card.summary ? (
            <div style={{ display: "flex", marginTop: 28, fontSize: 30, fontWeight: 400, lineHeight: 1.45, color: "#e2e8f0" }}>
              {clip(card.summary, card.lang === "zh" ? 90 : 170)}
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", height: 8, width: 160, background: "#38bdf8", borderRadius: 4 }} />
      </div>
    ),
    { ...OG_SIZE, fonts, headers },
  );
}
