export const DEFAULT_SHUTDOWN_GRACE_MS: number;
export const MAX_SHUTDOWN_GRACE_MS: number;
export function parseShutdownGraceMs(raw: string | undefined): { value: number; error: string | null };
export function parseLogFormat(raw: string | undefined): { value: "text" | "json"; error: string | null };
