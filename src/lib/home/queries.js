// The Home page's queries: areas per gemeente and class for one year and level (overview.js sums
// them over a region), the data status, and one gemeente's own areas for its map.
import {ONVEILIGHEID_MEASURE} from "../registry.js";
import {sql} from "../sql.js";

/**
 * Per gemeente and LBM class: its areas of `level` with a score in `year`, and their households
 * and inhabitants. Home adds these up over the gemeenten of any region (overview.js), so that a
 * region choice needs no query; the build stores them for every year and level (first-view.js).
 */
export function gemeenteClasses({year, level}) {
  return sql`SELECT a.gemeente_code AS code, l.lbm_class AS lbm_class,
       count(*) AS areas,
       sum(a.households) AS households,
       sum(a.inhabitants) AS inhabitants
FROM lbm AS l JOIN areas AS a ON a.code = l.code
WHERE l.level = ${level} AND l.year = ${year} AND l.lbm_class IS NOT NULL
GROUP BY a.gemeente_code, l.lbm_class
ORDER BY a.gemeente_code, l.lbm_class`;
}

/** Counts per level and table, for the data status block. */
export function dataStatus() {
  return sql`SELECT
  (SELECT count(*) FROM areas WHERE level = 'buurt') AS buurten,
  (SELECT count(*) FROM areas WHERE level = 'wijk') AS wijken,
  (SELECT count(*) FROM areas WHERE level = 'gemeente') AS gemeenten,
  (SELECT list(DISTINCT year ORDER BY year) FROM lbm) AS lbm_years,
  (SELECT list(DISTINCT year ORDER BY year) FROM ses) AS ses_years,
  (SELECT count(*) FROM ses WHERE level = 'buurt' AND ses_total IS NULL) AS ses_suppressed,
  (SELECT count(DISTINCT code) FROM safety WHERE measure = ${ONVEILIGHEID_MEASURE} AND value IS NOT NULL) AS onveilig_gemeenten`;
}

/** The areas of one level in one gemeente with their class (null without a score), for its own map. */
export function areasOfGemeente({year, level, gemeente}) {
  return sql`SELECT a.code, a.name, l.lbm_class
FROM areas AS a
LEFT JOIN lbm AS l ON l.code = a.code AND l.level = a.level AND l.year = ${year}
WHERE a.level = ${level} AND a.gemeente_code = ${gemeente}
ORDER BY a.code`;
}
