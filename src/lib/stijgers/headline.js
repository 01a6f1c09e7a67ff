// The Home page's headline for this theme: one small query with the theme's defaults on
// the dataset's years (datasetDefaults).
import {DIMENSIONS, DIMENSION_IDS} from "../registry.js";
import {ident, join, raw, sql} from "../sql.js";

/**
 * Weak areas in the base year, how many rose to riserMinClass+, and their mean change per dimension.
 * @param {{baseYear: number, endYear: number, weakMaxClass: number, riserMinClass: number, level: string}} options
 */
export function risersHeadline({baseYear, endYear, weakMaxClass, riserMinClass, level}) {
  const changes = join(
    DIMENSION_IDS.map(
      (d) =>
        sql`avg(e.${ident(d, DIMENSION_IDS)} - s.${ident(d, DIMENSION_IDS)}) FILTER (WHERE e.lbm_class >= ${riserMinClass}) AS ${raw(`d_${d}`)}`,
    ),
    ",\n       ",
  );
  return sql`SELECT count(*) AS weak,
       count(*) FILTER (WHERE e.lbm_class >= ${riserMinClass}) AS risers,
       count(*) FILTER (WHERE e.lbm_class < s.lbm_class) AS fallers,
       ${changes}
FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.year = ${endYear}
WHERE s.level = ${level} AND s.year = ${baseYear} AND s.lbm_class <= ${weakMaxClass} AND e.lbm_class IS NOT NULL`;
}

/** The dimension in which risers gained most on average, from a risersHeadline row: {id, label, value}. */
export function largestRiserGain(row) {
  let best = null;
  for (const d of DIMENSIONS) {
    const value = row[`d_${d.id}`];
    if (value != null && (best === null || value > best.value)) best = {...d, value};
  }
  return best;
}
