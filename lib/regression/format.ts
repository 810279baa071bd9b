/**
 * Number formatting for the lab's text output. Never yields "NaN" or
 * "Infinity": a non-finite value becomes the placeholder (an em dash), so no
 * broken number can reach the screen.
 */

export const MISSING = "—";

export interface FormatOptions {
  /** Significant digits (default 4). */
  digits?: number;
  /** BCP 47 locale (default "en"). */
  locale?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

// Intl.NumberFormat is costly to build and the UI formats dozens of numbers per frame: reuse them.
function formatter(locale: string, digits: number, scientific: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${scientific ? "s" : "n"}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      maximumSignificantDigits: digits,
      useGrouping: false,
      notation: scientific ? "scientific" : "standard",
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Significant-digit formatting without digit grouping (so "1234.5", not
 * "1,234.5": numbers stay easy to copy and parse). Very large or very small
 * magnitudes switch to scientific notation.
 */
export function formatNumber(v: number | null | undefined, options: FormatOptions = {}): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  const digits = Math.min(21, Math.max(1, Math.round(options.digits ?? 4)));
  const abs = Math.abs(v);
  const scientific = abs !== 0 && (abs >= 1e7 || abs < 1e-4);
  const s = formatter(options.locale ?? "en", digits, scientific).format(v === 0 ? 0 : v); // -0 → "0"
  return s === "-0" ? "0" : s;
}

/** A ratio as a signed percentage, e.g. 0.0017 → "+0.17%". */
export function formatSignedPercent(v: number | null | undefined, options: FormatOptions = {}): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  const pct = v * 100;
  const body = formatNumber(Math.abs(pct), { digits: options.digits ?? 2, locale: options.locale });
  const sign = pct > 0 ? "+" : pct < 0 ? "−" : "";
  return `${sign}${body}%`;
}

/** At most `max` indices spread evenly over 0..n−1, always including the last one. */
export function evenlySpacedIndices(n: number, max: number): number[] {
  const count = Math.max(0, Math.floor(n));
  const limit = Math.max(1, Math.floor(max));
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < limit; k++) out.push(Math.round((k * (count - 1)) / (limit - 1)));
  return out;
}
