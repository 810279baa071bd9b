// One static page (prerendered at build time), about the size of the in-app reference page's text.
export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>
        The ceiling of bench:throughput: a static page of a Next.js app of the same version as the atlas, served by
        next start with no proxy, no page cache handler and no database.
      </p>
    </main>
  );
}
