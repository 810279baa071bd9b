export function parseReplicaUrls(value: string | undefined, primaryUrl: string): { urls: string[]; errors: string[] };
