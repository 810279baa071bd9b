// The bare ceiling of bench:throughput: a Next.js app of the same version with one static page, no proxy, no fonts
// and no CSS (bench/lib/bare-next.ts copies this folder into data/ and builds it with the project's own `next`).
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
