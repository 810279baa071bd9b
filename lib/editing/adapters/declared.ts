import "server-only";
import { ENTITIES } from "@/lib/schemas/registry";
import type { EntityType } from "@/lib/schemas/entity-types";
import { objectOf, rowValues } from "@/lib/schemas/row-values";
import type { EntityAdapter, Tx } from "../adapter";
import { tableOf, type Row } from "@/lib/db/table-access";
import type { EntryValues } from "../types";
import { notesPointingAt } from "./common";
import { tableAdapter, type TableDelegate } from "./table";

type NoteTarget = Parameters<typeof notesPointingAt>[1];

/**
 * The adapter of a table entity, from its declaration in lib/schemas/registry.ts alone: its delegate, its schema (the
 * values are the schema's fields, column for column), and what points at its entries (use cases through `usedBy`,
 * editor's notes when it is a `noteTarget`), which blocks a purge.
 */
export function declaredAdapter(type: EntityType): EntityAdapter<EntryValues> {
  const def = ENTITIES[type];
  const table = def.table;
  if (!table) throw new Error(`${type} is not a table entity`);
  const shape = objectOf(def.schema);
  const usedBy = table.usedBy;
  return tableAdapter<Row, EntryValues>({
    type,
    schema: def.schema as EntityAdapter<EntryValues>["schema"],
    updateSchema: def.updateSchema as EntityAdapter<EntryValues>["updateSchema"],
    delegate: (tx) => tableOf(tx, def.delegate) as unknown as TableDelegate<Row, EntryValues>,
    values: (row) => rowValues(shape, row, table.unknownAs ?? {}, def.defaults) as EntryValues,
    referencedBy: usedBy || table.noteTarget
      ? async (tx: Tx, id: number) => {
          const found: string[] = [];
          if (usedBy?.delegate === "useCase") {
            const rows = await tableOf(tx, "useCase").findMany({ where: { [usedBy.column]: id }, select: { slug: true } });
            found.push(...rows.map((u) => `use-case:${u.slug}`));
          } else if (usedBy) {
            const links = (await tableOf(tx, usedBy.delegate).findMany({ where: { [usedBy.column]: id }, select: { useCase: { select: { slug: true } } } })) as unknown as Array<{ useCase: { slug: string } }>;
            found.push(...links.map((l) => `use-case:${l.useCase.slug}`));
          }
          if (table.noteTarget) found.push(...(await notesPointingAt(tx, type as NoteTarget, id)));
          return found;
        }
      : undefined,
  });
}
