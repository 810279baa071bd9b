// Whether Next.js compresses its answers (next.config.mjs `compress`): its router server applies its compression
// middleware to every response unless `compress` is false. The request lane (lib/server/lane-send.ts) compresses its
// own answers only when this is true, so that both give the same answer (a test checks next.config uses it).
export const NEXT_COMPRESS = true;
