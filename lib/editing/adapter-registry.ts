import "server-only";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { domainAdapter } from "./adapters/domain";
import { faqAdapter } from "./adapters/faq";
import { noteAdapter } from "./adapters/note";
import { resourceAdapter } from "./adapters/resource";
import { advantageAdapter, challengeAdapter, driverAdapter, mechanismAdapter, traitAdapter, trendAdapter } from "./adapters/simple";
import { techniqueAdapter } from "./adapters/technique";
import { useCaseAdapter } from "./adapters/use-case";
import type { EntryValues } from "./types";

/** A function that works for any entity's adapter, whatever its values type. */
export type AdapterVisitor<R> = <V extends EntryValues>(adapter: EntityAdapter<V>) => R;

/** Runs `visitor` with the adapter for `type`; each branch keeps its adapter's own values type. */
export function withAdapter<R>(type: EntityType, visitor: AdapterVisitor<R>): R {
  switch (type) {
    case "use-case":
      return visitor(useCaseAdapter);
    case "domain":
      return visitor(domainAdapter);
    case "technique":
      return visitor(techniqueAdapter);
    case "mechanism":
      return visitor(mechanismAdapter);
    case "advantage":
      return visitor(advantageAdapter);
    case "driver":
      return visitor(driverAdapter);
    case "challenge":
      return visitor(challengeAdapter);
    case "trend":
      return visitor(trendAdapter);
    case "resource":
      return visitor(resourceAdapter);
    case "faq":
      return visitor(faqAdapter);
    case "note":
      return visitor(noteAdapter);
    case "trait":
      return visitor(traitAdapter);
  }
}
