export function contentSecurityPolicy(scriptSources: readonly string[], options?: { https?: boolean }): string;
export function inlineScriptHashes(html: string): string[];
export function isHttpsAppUrl(appUrl: string | undefined): boolean;
export const HSTS_VALUE: string;
export function pageCacheControl(status: number | undefined): string;
export function decoratePageValue<T>(value: T, env?: Record<string, string | undefined>): T;
export const EVERY_RESPONSE_HEADERS: Array<{ key: string; value: string }>;
