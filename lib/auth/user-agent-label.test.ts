import { describe, expect, it } from "vitest";
import { UNKNOWN_AGENT_LENGTH, userAgentLabel } from "./user-agent-label";

describe("userAgentLabel", () => {
  it("names the browser with its major version and the system", () => {
    expect(userAgentLabel("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toBe("Chrome 131 · Linux");
    expect(userAgentLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91")).toBe("Edge 120 · Windows");
    expect(userAgentLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox 128 · macOS");
    expect(userAgentLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")).toBe("Safari 17 · iPhone");
    expect(userAgentLabel("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe("Chrome 131 · Android");
    expect(userAgentLabel("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36")).toBe("Headless Chrome 131 · Linux");
  });

  it("names command-line clients", () => {
    expect(userAgentLabel("curl/8.5.0")).toBe("curl 8.5");
    expect(userAgentLabel("node")).toBe("Node.js");
  });

  it("cuts a header it does not know, and gives nothing for none", () => {
    const odd = "SomeCrawler/2.0 (+https://example.org/a/very/long/path/about/the/bot)";
    const label = userAgentLabel(odd);
    expect(label.length).toBe(UNKNOWN_AGENT_LENGTH);
    expect(label.endsWith("…")).toBe(true);
    expect(odd.startsWith(label.slice(0, -1))).toBe(true);
    expect(userAgentLabel("short-bot")).toBe("short-bot");
    expect(userAgentLabel("")).toBe("");
    expect(userAgentLabel(null)).toBe("");
    expect(userAgentLabel("   ")).toBe("");
  });
});
