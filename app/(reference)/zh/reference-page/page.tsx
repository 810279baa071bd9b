// The Chinese reference page: text only, statically rendered, what Next.js itself costs for a zh page
// (bench:lighthouse compares every zh page with it). Kept out of the sitemap and noindex, as the en one is.
export const dynamic = "force-static";

export default function ReferencePageZh() {
  return (
    <main>
      <h1>参考页</h1>
      <p>
        本页没有数据、没有样式，也没有客户端代码。基准测试以它为基准衡量跨界融合图谱的每个中文页面：Lighthouse
        的性能得分，以及首次加载的 JavaScript 和每秒请求数。
      </p>
    </main>
  );
}
