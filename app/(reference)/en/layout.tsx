import type { Metadata } from "next";

export const metadata: Metadata = { title: "Reference page · Fusion Atlas", robots: { index: false } };

// A minimal root layout of its own: the baseline the bundle, throughput and Lighthouse benchmarks compare every route
// with. No global CSS, no providers, no client components. (zh/layout.tsx is its Chinese twin.)
export default function ReferenceLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
