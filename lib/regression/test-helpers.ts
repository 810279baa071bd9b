/** Test-only helpers (imported by *.test.ts files, not by the library). */

/** Every number found anywhere inside a value (objects, arrays, typed arrays). */
export function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") {
    out.push(value);
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number>;
    for (let i = 0; i < arr.length; i++) out.push(Number(arr[i]));
  } else if (Array.isArray(value)) {
    for (const v of value) allNumbers(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) allNumbers(v, out);
  }
  return out;
}

export function expectAllFinite(value: unknown): number {
  const nums = allNumbers(value);
  const bad = nums.filter((v) => !Number.isFinite(v));
  if (bad.length > 0) throw new Error(`found non-finite numbers: ${bad.slice(0, 5).join(", ")}`);
  return nums.length;
}
