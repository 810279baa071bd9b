// What an import runs between the statements of one batch of new use cases (its rows, then each link table).

export type BetweenStatements = () => Promise<void>;

/** A turn of the event loop: requests that arrived meanwhile are served first. */
export const yieldToEventLoop: BetweenStatements = () => new Promise<void>((resolve) => setImmediate(resolve));
const noYield: BetweenStatements = () => Promise.resolve();

/**
 * On SQLite a statement completes synchronously, and a batch's statements together held the event loop for 40–80 ms
 * on a busy machine, so the import hands over after each. On PostgreSQL each statement's answer already arrives on a
 * later turn of the event loop, and a yield there only adds turns (bench:import-apply with a busy loop, 1,500 entries:
 * 2,085 turns without, 3,262 with; 15.1 s against 29.6 s), so it does nothing.
 */
export function betweenStatementsFor(provider: "sqlite" | "postgresql"): BetweenStatements {
  return provider === "sqlite" ? yieldToEventLoop : noYield;
}

/**
 * How an import reads the whole catalog (readCatalog's pause): on SQLite one table at a time with a turn of the event
 * loop between them (together the reads held it ~200 ms); on PostgreSQL all at once (undefined), since nothing there
 * holds the event loop.
 */
export function readPacingFor(provider: "sqlite" | "postgresql"): BetweenStatements | undefined {
  return provider === "sqlite" ? yieldToEventLoop : undefined;
}
