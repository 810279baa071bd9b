import type { ArticleCopy } from "@/lib/article/parse";

function TocList({ copy }: { copy: ArticleCopy }) {
  return (
    <ol className="space-y-1 text-sm">
      {copy.sections.map((s) => (
        <li key={s.id}>
          <a href={`#${s.id}`} className="font-medium">
            {s.number}. {s.title}
          </a>
          <ol className="ml-4 mt-1 space-y-1">
            {s.subsections.map((sub) => (
              <li key={sub.id}>
                <a href={`#${sub.id}`}>
                  {sub.number} {sub.title}
                </a>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/**
 * The table of contents: on phones and tablets a disclosure at the top (closed, so the text comes first); from lg up
 * a sticky column beside the text. Only one of the two is displayed at a time, so there is one "Contents" landmark.
 */
export function ArticleToc({ copy, label }: { copy: ArticleCopy; label: string }) {
  return (
    <>
      <nav aria-label={label} className="lg:hidden">
        <details className="group mb-6 rounded-md border border-slate-300 dark:border-slate-700">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 font-medium [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 transition-transform group-open:rotate-90" fill="currentColor">
              <path d="M7 4l7 6-7 6V4z" />
            </svg>
            {label}
          </summary>
          <div className="max-h-[60vh] overflow-y-auto border-t border-slate-200 px-3 py-2 dark:border-slate-800">
            <TocList copy={copy} />
          </div>
        </details>
      </nav>
      <nav aria-label={label} className="hidden lg:block">
        <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto">
          <p className="mb-2 font-semibold">{label}</p>
          <TocList copy={copy} />
        </div>
      </nav>
    </>
  );
}
