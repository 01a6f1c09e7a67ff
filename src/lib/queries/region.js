// The shared region filter as a SQL condition on an areas alias, with values bound.
import {REGION_COLUMNS, regionPredicate} from "../region.js";
import {and, ident, raw, sql} from "../sql.js";

const ALLOWED = Object.values(REGION_COLUMNS);

/** `a.provincie_code = ? AND …` for every field set in the filter; TRUE when none is. */
export function regionCondition(filter, alias = "a") {
  if (!/^[a-z]\w*$/.test(alias)) throw new Error(`Ongeldige alias ${alias}`);
  return and(regionPredicate(filter).map(({column, value}) => sql`${raw(alias)}.${ident(column, ALLOWED)} = ${value}`));
}
