"use client";

// The search field: the URL follows a moment after typing stops (debounced), or at once on Enter.
import { useExploreState } from "./explore-state";
import { Q_MAX_LENGTH } from "@/lib/schemas/explore-params";

export function SearchBox({ label, placeholder, hint, submit }: { label: string; placeholder: string; hint: string; submit: string }) {
  const { q, setSearch } = useExploreState();
  return (
    <form
      role="search"
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        const value = new FormData(e.currentTarget).get("q");
        setSearch(typeof value === "string" ? value : "", { immediate: true });
      }}
    >
      <label htmlFor="explore-q" className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id="explore-q"
          name="q"
          type="search"
          value={q}
          maxLength={Q_MAX_LENGTH}
          placeholder={placeholder}
          aria-describedby="explore-q-hint"
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
        />
        <button type="submit" className="shrink-0 whitespace-nowrap rounded-md bg-accent-700 px-4 py-2 text-sm font-medium text-white hover:bg-accent-600">
          {submit}
        </button>
      </div>
      <p id="explore-q-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
    </form>
  );
}
