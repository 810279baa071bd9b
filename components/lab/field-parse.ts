/** Parsing of the lab's numeric text fields (pure, tested). */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

/** The number a field's text stands for, or null when it is not a valid value for the rule. */
export function parseFieldNumber(text: string, rule: NumberRule): number | null {
  const s = text.trim();
  if (!DECIMAL.test(s)) return null;
  const v = Number(s);
  if (!Number.isFinite(v) || v < rule.min || v > rule.max) return null;
  if (rule.integer && !Number.isInteger(v)) return null;
  return v;
}

/** Arrow-key stepping for whole-number fields, clamped to the rule. */
export function stepFieldNumber(value: number, delta: number, rule: NumberRule): number {
  return Math.min(rule.max, Math.max(rule.min, Math.round(value) + delta));
}
