// Defaults for fields a catalog file written before them lacks: such a file still imports (with empty values).
import { aliasesField } from "./aliases";
import { markdown } from "./common";

/** Files written before aliases existed have none: they import with empty aliases. */
export const withAliases = { aliasesZh: aliasesField.default(""), aliasesEn: aliasesField.default("") };
/** Files written before the editorial fields existed (issue 13) have none: they import with empty ones. */
export const withEditorial = { editorialZh: markdown().default(""), editorialEn: markdown().default("") };
