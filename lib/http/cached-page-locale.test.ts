// The short way for cached pages gives next-intl's answer: the same cookie decision as next-intl's middleware for
// every combination of locale, cookie, Accept-Language and Sec-Fetch-Dest, whether next-intl answered it (the first
// request with a given Accept-Language) or the remembered decision did; and no header forwarding on the short way.
import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { cachedPageLocaleResponse, isPlainLocalePath } from "./cached-page-locale";

const intl = createMiddleware(routing);

function request(path: string, headers: Record<string, string>): NextRequest {
  return new NextRequest(`http://localhost:3000${path}`, { headers: { accept: "text/html", ...headers } });
}

/** The locale cookie a response sets, without its expiry (which depends on the clock). */
function cookie(response: Response): string | null {
  const set = response.headers.getSetCookie().find((c) => c.startsWith("NEXT_LOCALE="));
  return set ? set.replace(/; Expires=[^;]*/i, "") : null;
}

describe("cachedPageLocaleResponse", () => {
  const languages = [undefined, "", "en", "zh", "zh-CN,zh;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9", "zh-TW", "*", "de;q=0.1, zh;q=0.2", "x".repeat(300)];
  const cookies = [undefined, "NEXT_LOCALE=en", "NEXT_LOCALE=zh", "NEXT_LOCALE=fr", "other=1"];
  const dests = [undefined, "document", "empty", "iframe"];

  it("decides the locale cookie as next-intl does, on a first and on a repeated request", () => {
    let cases = 0;
    for (const path of ["/en", "/zh/use-cases/medical-image-analysis", "/en/reference-page"]) {
      for (const language of languages) {
        for (const c of cookies) {
          for (const dest of dests) {
            const headers: Record<string, string> = {};
            if (language !== undefined) headers["accept-language"] = language;
            if (c !== undefined) headers.cookie = c;
            if (dest !== undefined) headers["sec-fetch-dest"] = dest;
            const locale = path.startsWith("/zh") ? "zh" : "en";
            const expected = cookie(intl(request(path, headers)));
            for (let round = 0; round < 2; round++) {
              const response = cachedPageLocaleResponse(request(path, headers), locale, intl);
              expect(cookie(response), `${path} ${JSON.stringify(headers).slice(0, 120)} round ${round}`).toBe(expected);
              expect(response.headers.get("x-middleware-next")).toBe("1");
              cases++;
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(600);
  });

  it("forwards no request headers on the short way (next-intl's own answer forwards them all)", () => {
    const headers = { "accept-language": "en", cookie: "NEXT_LOCALE=en" };
    expect(intl(request("/en/reference-page", headers)).headers.get("x-middleware-override-headers")).not.toBeNull();
    const response = cachedPageLocaleResponse(request("/en/reference-page", headers), "en", intl);
    expect(response.headers.get("x-middleware-override-headers")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBeNull();
  });

  it("leaves any path next-intl would rewrite or redirect to next-intl", () => {
    for (const path of ["/en/", "/en//about", "/en/%41bout", "/en/a%20b", "/en/.", "/en/..", "/zh/use-cases/医疗", "/EN/about", "/en/a\\b"]) {
      expect(isPlainLocalePath(path), path).toBe(false);
    }
    for (const path of ["/en", "/zh", "/en/reference-page", "/zh/use-cases/medical-image-analysis", "/en/use-cases/a.b_c~d"]) {
      expect(isPlainLocalePath(path), path).toBe(true);
    }
  });
});
