export function katexCss(source: string): string;
export function sourceCss(): string;
