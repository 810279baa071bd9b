import type { Metadata } from "next";

export const metadata: Metadata = { title: "400 · Fusion Atlas · 跨界融合图谱", robots: { index: false } };

// Next renders the route "/400" when a request path cannot be decoded (invalid percent-encoded UTF-8). Without it,
// Next answers such paths with a bare 500. A root layout of its own: no locale can be read from a broken path.
export default function BadRequestLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
