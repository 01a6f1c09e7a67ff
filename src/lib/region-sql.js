// The shared region filter as a SQL condition, with values bound. The filter selects gemeenten
// (its counts and lists are per gemeente), so every level is filtered through its gemeente's row:
// a buurt's own stedelijkheid may differ from its gemeente's.
import {REGION_COLUMNS, regionPredicate} from "./region.js";
import {and, ident, raw, sql} from "./sql.js";

const ALLOWED = Object.values(REGION_COLUMNS);

/** `a.gemeente_code IN (gemeenten matching the filter)`; TRUE when no field is set. */
export function regionCondition(filter, alias = "a") {
  if (!/^[a-z]\w*$/.test(alias)) throw new Error(`Ongeldige alias ${alias}`);
  const conditions = regionPredicate(filter);
  if (conditions.length === 0) return raw("TRUE");
  const where = and(conditions.map(({column, value}) => sql`g.${ident(column, ALLOWED)} = ${value}`));
  return sql`${raw(alias)}.gemeente_code IN (SELECT g.code FROM areas AS g WHERE g.level = 'gemeente' AND ${where})`;
}

/** The gemeente rows of areas, the options of the region filter. */
export function gemeenteAreas() {
  return sql`SELECT * FROM areas WHERE level = 'gemeente' ORDER BY name`;
}

/** Gemeenten and buurten for the area search (components/area-search.js): code, name, level, gemeente code and name. */
export function searchAreas() {
  return sql`SELECT code, name, level, gemeente_code, gemeente_name
FROM areas
WHERE level IN ('gemeente', 'buurt')
ORDER BY level DESC, name, code`;
}
