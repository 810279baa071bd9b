// Text only, statically rendered: what Next.js itself costs, for `npm run bench:bundle` and `bench:throughput`.
export const dynamic = "force-static";

export default function ReferencePage() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>
        This page has no data, no styles and no client code. The benchmarks measure every other route of Fusion Atlas
        against it: first-load JavaScript and requests per second.
      </p>
    </main>
  );
}
