import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/** The Accept header of a browser's page load: what the public page store and its request lane answer. */
export const HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/**
 * Loads a page as a browser does until the public page store answers it (`X-Fusion-Atlas-Cache: HIT`): the very first
 * request of a fresh server may come before the app knows the catalog version. Returns that answer.
 */
export async function untilStoreHit(request: APIRequestContext, path: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => {
      response = await request.get(path, { headers: { accept: HTML_ACCEPT, ...headers } });
      return response.headers()["x-fusion-atlas-cache"];
    })
    .toBe("HIT");
  return response!;
}
