import type { Metadata } from "next";

export const metadata: Metadata = { title: "参考页 · 跨界融合图谱", robots: { index: false } };

// The Chinese twin of en/layout.tsx: a minimal root layout of its own, no global CSS, no providers, no client
// components. bench:lighthouse compares every zh page with the page under it (and every en page with the en one).
export default function ReferenceLayoutZh({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh">
      <body>{children}</body>
    </html>
  );
}
