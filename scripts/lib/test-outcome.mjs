// The verdict of `npm test` once every phase it ran has passed: CI must not pass on what it did not run.
// A phase is skipped only where the machine cannot run it (no PostgreSQL binaries and not root); leaving a phase out
// on purpose is TEST_PROVIDERS=sqlite, which is not a skip. Pure, for scripts/test.mjs and its unit test.

/**
 * @param {{ skipped: string[], ci: boolean }} input
 * @returns {{ ok: boolean, message: string }}
 */
export function testOutcome({ skipped, ci }) {
  if (skipped.length === 0) return { ok: true, message: "npm test passed" };
  const list = skipped.join("; ");
  if (ci) return { ok: false, message: `CI is set and a test phase was skipped: ${list}. Install what it needs, or deselect it explicitly with TEST_PROVIDERS.` };
  return { ok: true, message: `npm test passed what it ran, but SKIPPED: ${list}` };
}
