// Next.js's vendored `compression` middleware (the one its router server applies to every response), used by the
// request lane (page-store-lane.ts) so that its answers are compressed exactly as Next.js's own.
declare module "next/dist/compiled/compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  const compression: () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  export default compression;
}
