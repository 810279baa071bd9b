// Runs once per server process before it answers requests (Next.js instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressCapture } = await import("./lib/security/peer-address");
  installPeerAddressCapture();
}
