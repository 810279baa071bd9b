export const dynamic = "force-static";

export default function BadRequestPage() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
      <h1>Bad request</h1>
      <p>The address is not valid: it contains characters that cannot be decoded. Check the link and try again.</p>
      <p lang="zh">请求无效：地址中含有无法解码的字符。请检查链接后重试。</p>
      {/* Plain links on purpose: this page has its own root layout, so leaving it is a full navigation. */}
      {/* eslint-disable @next/next/no-html-link-for-pages */}
      <p>
        <a href="/en">Fusion Atlas</a> · <a href="/zh" lang="zh">跨界融合图谱</a>
      </p>
      {/* eslint-enable @next/next/no-html-link-for-pages */}
    </main>
  );
}
