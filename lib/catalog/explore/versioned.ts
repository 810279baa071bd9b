// A value read from the database once per database version: `get()` asks for the current version (cheap) and
// returns the value loaded at that version, loading it again when the version has moved. Plain code: no database.
//
// Correct as long as the version changes whenever the data behind the value may have changed: a value is tagged with
// the version read *before* it was loaded, so it is at least as new as its tag, and a query only uses it while the
// version still equals that tag. Loads that run at the same time for one version are shared; a failed load is
// forgotten (the next call tries again).

export interface Versioned<T> {
  get(): Promise<T>;
}

export function versioned<T>(readVersion: () => Promise<string>, load: () => Promise<T>): Versioned<T> {
  let latest: { version: string; value: Promise<T> } | null = null;
  return {
    async get(): Promise<T> {
      const version = await readVersion();
      if (latest?.version === version) return latest.value;
      const entry = { version, value: load() };
      latest = entry;
      entry.value.catch(() => {
        if (latest === entry) latest = null;
      });
      return entry.value;
    },
  };
}
