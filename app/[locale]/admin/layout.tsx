import type { Metadata } from "next";

// The admin is not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminRootLayout({ children }: LayoutProps<"/[locale]/admin">) {
  return children;
}
