import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Fusion Atlas · 跨界融合图谱" };

// Paths outside /en and /zh (an unknown locale prefix included) are a 404, in both languages.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p className="mt-4">We could not find that page. It may have moved, or the address may be mistyped.</p>
          <p className="mt-2" lang="zh">
            页面不存在。找不到这个页面，它可能已被移动，或者地址有误。
          </p>
          {/* Plain links on purpose: this page has its own root layout, so leaving it is a full navigation. */}
          {/* eslint-disable @next/next/no-html-link-for-pages */}
          <p className="mt-6 flex justify-center gap-6">
            <a href="/en">Fusion Atlas (English)</a>
            <a href="/zh" lang="zh">跨界融合图谱（中文）</a>
          </p>
          {/* eslint-enable @next/next/no-html-link-for-pages */}
        </main>
      </body>
    </html>
  );
}
