import "server-only";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { declaredAdapter } from "./adapters/declared";
import { noteAdapter } from "./adapters/note";
import { useCaseAdapter } from "./adapters/use-case";
import type { EntryValues } from "./types";

/** A function that works for any entity's adapter, whatever its values type. */
export type AdapterVisitor<R> = <V extends EntryValues>(adapter: EntityAdapter<V>) => R;

/** Entities with more than one table (use cases and their links) or references checked by hand (notes). */
const EXTENSIONS: Partial<Record<EntityType, EntityAdapter<EntryValues>>> = {
  "use-case": useCaseAdapter as unknown as EntityAdapter<EntryValues>,
  note: noteAdapter as unknown as EntityAdapter<EntryValues>,
};

/** Every other entity's adapter is derived from its declaration in lib/schemas/registry.ts, once. */
const declared = new Map<EntityType, EntityAdapter<EntryValues>>();

export function adapterOf(type: EntityType): EntityAdapter<EntryValues> {
  const extension = EXTENSIONS[type];
  if (extension) return extension;
  let adapter = declared.get(type);
  if (!adapter) declared.set(type, (adapter = declaredAdapter(type)));
  return adapter;
}

/** Runs `visitor` with the adapter for `type`. */
export function withAdapter<R>(type: EntityType, visitor: AdapterVisitor<R>): R {
  return visitor(adapterOf(type));
}
