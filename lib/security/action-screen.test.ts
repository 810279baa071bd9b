import { describe, expect, it } from "vitest";
import { screenServerAction } from "./action-screen";

const origin = "http://localhost:3000";

/** A form posted before hydration, as Chromium sends it: a mixed-case boundary and the $ACTION_ fields. */
function nativeFormPost(boundary: string): Request {
  const body = [
    `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"7f00","bound":"$@1"}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_1:1"\r\n\r\n["en"]\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_KEY"\r\n\r\nk123\r\n`,
    `--${boundary}--\r\n`,
  ].join("");
  return new Request(`${origin}/en/admin`, {
    method: "POST",
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": String(Buffer.byteLength(body)),
      origin,
      host: "localhost:3000",
    },
    body,
  });
}

describe("screenServerAction", () => {
  it("lets a form posted without script through, whatever the case of its boundary", async () => {
    expect(await screenServerAction(nativeFormPost("----WebKitFormBoundaryAbCdEfGh12345678"))).toBeNull();
    expect(await screenServerAction(nativeFormPost("lowercase0123"))).toBeNull();
  });

  it("still refuses a body whose boundary does not match its header", async () => {
    const request = nativeFormPost("----WebKitFormBoundaryAbCdEfGh12345678");
    const body = await request.text();
    const wrong = new Request(request.url, {
      method: "POST",
      headers: { ...Object.fromEntries(request.headers), "content-type": "multipart/form-data; boundary=----webkitformboundaryabcdefgh12345678" },
      body,
    });
    const refused = await screenServerAction(wrong);
    expect(refused?.status).toBe(400);
    expect(await refused?.text()).toMatch(/multipart body is malformed/);
  });
});
