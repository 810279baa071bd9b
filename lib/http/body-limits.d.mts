export const PROXY_BODY_LIMIT_BYTES: number;
