// The Home page's overview: class distribution and insufficient areas for one year, level, region.
import {ONVEILIGHEID_MEASURE} from "../registry.js";
import {sql} from "../sql.js";
import {regionCondition} from "../region-sql.js";

/** Areas and households per LBM class; classes without areas are absent. */
export function classDistribution({year, level, region, sufficientClass}) {
  return sql`SELECT l.lbm_class AS lbm_class,
       count(*) AS areas,
       sum(a.households) AS households,
       sum(a.inhabitants) AS inhabitants,
       l.lbm_class < ${sufficientClass} AS insufficient
FROM lbm AS l JOIN areas AS a ON a.code = l.code
WHERE l.level = ${level} AND l.year = ${year} AND l.lbm_class IS NOT NULL AND ${regionCondition(region)}
GROUP BY l.lbm_class
ORDER BY l.lbm_class`;
}

/** Per gemeente: share of its areas (of the chosen level) below the sufficient class. */
export function insufficientShareByGemeente({year, level, region, sufficientClass}) {
  return sql`SELECT a.gemeente_code AS code, any_value(a.gemeente_name) AS name,
       count(*) AS areas,
       avg(CASE WHEN l.lbm_class < ${sufficientClass} THEN 1 ELSE 0 END) AS share
FROM lbm AS l JOIN areas AS a ON a.code = l.code
WHERE l.level = ${level} AND l.year = ${year} AND l.lbm_class IS NOT NULL AND ${regionCondition(region)}
GROUP BY a.gemeente_code
ORDER BY a.gemeente_code`;
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
