export function currentCatalogVersion(): Promise<number | null>;
