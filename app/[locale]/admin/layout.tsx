import type { Metadata } from "next";

// Signed-in pages: rendered per request, never from the public pages' cache.
export const dynamic = "force-dynamic";

// The admin is not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminRootLayout({ children }: LayoutProps<"/[locale]/admin">) {
  return children;
}
