import "server-only";
import {
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type AliasedEntryValues,
  type SimpleEntryValues,
} from "@/lib/schemas/simple-entry";
import type { EntityType } from "@/lib/schemas/entity-types";
import { traitSchema, updateTraitSchema, type TraitValues } from "@/lib/schemas/trait";
import type { EntityAdapter, Tx } from "../adapter";
import { statusOf, tableAdapter, type TableDelegate } from "./table";

interface SimpleRow {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  source: string;
  position: number;
  status: string;
  version: number;
  deletedAt: Date | null;
  updatedAt: Date;
  /** Mechanisms and challenges only. */
  aliasesZh?: string;
  aliasesEn?: string;
  /** Traits only. */
  basis?: string;
}

function simpleValues(row: SimpleRow): SimpleEntryValues {
  return {
    slug: row.slug, nameZh: row.nameZh, nameEn: row.nameEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn, source: row.source,
    position: row.position, status: statusOf(row.status),
  };
}

interface Shape<V extends SimpleEntryValues> {
  schema: EntityAdapter<V>["schema"];
  updateSchema: EntityAdapter<V>["updateSchema"];
  values: (row: SimpleRow) => V;
}

const SIMPLE: Shape<SimpleEntryValues> = { schema: simpleEntrySchema, updateSchema: simpleEntryUpdateSchema, values: simpleValues };
const ALIASED: Shape<AliasedEntryValues> = {
  schema: aliasedEntrySchema,
  updateSchema: aliasedEntryUpdateSchema,
  values: (row) => ({ ...simpleValues(row), aliasesZh: row.aliasesZh ?? "", aliasesEn: row.aliasesEn ?? "" }),
};
const TRAIT: Shape<TraitValues> = {
  schema: traitSchema,
  updateSchema: updateTraitSchema,
  values: (row) => ({ ...simpleValues(row), basis: row.basis === "editorial" ? "editorial" : "article" }),
};

/**
 * Mechanisms, advantages, drivers, challenges, trends and traits: the same columns in different tables (mechanisms
 * and challenges also have aliases, traits a basis: `shape`). `linkedFrom` names the use cases that link to an entry
 * (mechanisms and challenges), which block a purge.
 */
function simpleAdapter<V extends SimpleEntryValues>(
  type: EntityType,
  shape: Shape<V>,
  delegate: (tx: Tx) => TableDelegate<SimpleRow, V>,
  linkedFrom?: (tx: Tx, id: number) => Promise<string[]>,
): EntityAdapter<V> {
  return tableAdapter<SimpleRow, V>({ type, schema: shape.schema, updateSchema: shape.updateSchema, delegate, values: shape.values, referencedBy: linkedFrom });
}

export const mechanismAdapter = simpleAdapter("mechanism", ALIASED, (tx) => tx.fusionMechanism, async (tx, id) =>
  (await tx.useCaseMechanism.findMany({ where: { mechanismId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const challengeAdapter = simpleAdapter("challenge", ALIASED, (tx) => tx.challenge, async (tx, id) =>
  (await tx.useCaseChallenge.findMany({ where: { challengeId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const advantageAdapter = simpleAdapter("advantage", SIMPLE, (tx) => tx.advantage);
export const driverAdapter = simpleAdapter("driver", SIMPLE, (tx) => tx.driver);
export const trendAdapter = simpleAdapter("trend", SIMPLE, (tx) => tx.trend);
export const traitAdapter = simpleAdapter("trait", TRAIT, (tx) => tx.trait);
