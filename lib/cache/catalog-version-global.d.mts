export function currentCatalogVersion(): Promise<number | null>;
export function catalogVersionStatus(): { version: number | null; okAt: number | null; stale: boolean; error: string | null } | null;
export function freshCatalogVersion(): number | null;
export function laneVersion(): number | null;
