// SQL for Wat is er nodig?: every buurt in the situation year, and every buurt's
// change between the two years of the comparison period (the national history).
import {DIMENSION_IDS} from "../registry.js";
import {join, raw, sql} from "../sql.js";

const dims = (prefix) => raw(DIMENSION_IDS.map((d) => `${prefix}.${d}`).join(", "));

/**
 * Every buurt with its gemeente and its scores in `year` (null where the year has none), by name.
 * National, so that the first view holds it and choosing another gemeente needs no query.
 */
export function buurtenQuery({year}) {
  return sql`SELECT a.code, a.name, a.gemeente_code, l.lbm, l.lbm_class, ${dims("l")}
FROM areas AS a
LEFT JOIN lbm AS l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${year}
WHERE a.level = 'buurt'
ORDER BY a.name, a.code`;
}

/**
 * Every buurt with a complete score in both years: start and end class, the change of the total
 * score and of each dimension.
 */
export function historyQuery({baseYear, endYear}) {
  const deltas = join(
    DIMENSION_IDS.map((d) => raw(`e.${d} - s.${d} AS d_${d}`)),
    ", ",
  );
  const complete = raw(["lbm", ...DIMENSION_IDS].map((c) => `s.${c} IS NOT NULL AND e.${c} IS NOT NULL`).join(" AND "));
  return sql`SELECT s.lbm_class AS start_class, e.lbm_class AS end_class, e.lbm - s.lbm AS d_lbm, ${deltas}
FROM lbm AS s
JOIN lbm AS e ON e.code = s.code AND e.level = 'buurt' AND e.year = ${endYear}
WHERE s.level = 'buurt' AND s.year = ${baseYear} AND ${complete}`;
}
