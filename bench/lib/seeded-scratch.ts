// What bench:import-blocks and bench:import-apply start from: a scratch database (the generated client's provider)
// seeded with the article's catalog, and the largest file an admin may import, made from that catalog's export.
// Everything is imported on call, so a bench can choose (or regenerate) the client first.

export async function seededScratchWithLargestFile() {
  const { applySeed } = await import("../../prisma/seed/apply");
  const { content } = await import("../../prisma/seed/content");
  const { createScratchDb } = await import("../../test-support/scratch-db");
  const { catalogText } = await import("../../lib/editing/catalog/export-catalog");
  const { largestImport } = await import("./largest-import");
  const scratch = await createScratchDb();
  try {
    await applySeed(scratch.db, content);
    return { scratch, file: largestImport(await catalogText(scratch.db)) };
  } catch (error) {
    await scratch.cleanup();
    throw error;
  }
}
