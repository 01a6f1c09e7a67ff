// SQL for the Gemeenteprofiel. The themes' definitions arrive as fragments built by their own
// wings (the page passes them): `classified` is the Stijgers en dalers CTE (stijgers/queries.js
// classifiedCte), `quadrant` the low-SES/low-LBM CTE (ongelijkheid/queries.js quadrantBase), so a
// riser or a low–low buurt means exactly what it means on the theme pages.
import {DIMENSION_IDS} from "../registry.js";
import {join, raw, sql} from "../sql.js";

/** The score columns whose change the profile follows: afw and the five dimensions. */
export const SCORE_COLUMNS = Object.freeze(["afw", ...DIMENSION_IDS]);
/** The levels whose classes the profile counts (classCounts). */
const TREND_LEVELS = Object.freeze(["buurt", "wijk"]);

export {searchAreas} from "../region-sql.js";

/**
 * The number of buurten and wijken per gemeente, level, year and LBM class, for the whole country.
 * The profile's class and "onder voldoende" trends are counted from these rows (trend.js): one
 * small table that the build stores with the page, so that the trends of any gemeente a link names
 * are drawn without waiting for DuckDB, and a gemeente change only filters it.
 */
export function classCounts() {
  return sql`SELECT a.gemeente_code, l.level, l.year::INTEGER AS year, l.lbm_class::INTEGER AS lbm_class,
       count(*)::INTEGER AS areas
FROM lbm AS l JOIN areas AS a ON a.code = l.code
WHERE l.lbm_class IS NOT NULL AND l.level IN ${TREND_LEVELS}
GROUP BY ALL
ORDER BY ALL`;
}

/**
 * Every buurt of the country with its gemeente, score and class in `year` (null where it has
 * none), by gemeente and name: one answer per map year, which areas.js rowsOfGemeente filters,
 * so that a gemeente change draws its map without a query (and the default year comes with the page).
 */
export function buurtScores({year}) {
  return sql`SELECT a.gemeente_code, a.code, a.name, a.wijk_code, a.inhabitants, l.lbm, l.lbm_class
FROM areas AS a
LEFT JOIN lbm AS l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${year}
WHERE a.level = 'buurt'
ORDER BY a.gemeente_code, a.name, a.code`;
}

/**
 * One row per gemeente with the figures the profile compares: the share of its areas below the
 * sufficient class in `year`, and Pearson's r of LBM and SES-WOA over its areas (as the
 * Leefbaarheid en sociale ongelijkheid page computes it per gemeente), with the n behind it.
 */
export function gemeenteFigures({year, level, sufficientClass, lbmYear, sesYear, minHouseholds}) {
  return sql`WITH insufficient AS (
  SELECT a.gemeente_code AS code, count(*) AS areas,
         avg((l.lbm_class < ${sufficientClass})::DOUBLE) AS share_insufficient
  FROM lbm AS l JOIN areas AS a ON a.code = l.code
  WHERE l.level = ${level} AND l.year = ${year} AND l.lbm_class IS NOT NULL
  GROUP BY a.gemeente_code
), status AS (
  SELECT a.gemeente_code AS code, corr(l.lbm, s.ses_total) AS ses_r, count(*) AS ses_n
  FROM lbm AS l
  JOIN areas AS a ON a.code = l.code
  JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
  WHERE l.level = ${level} AND l.year = ${lbmYear} AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL
    AND coalesce(a.households, 0) >= ${minHouseholds}
  GROUP BY a.gemeente_code
)
SELECT g.code, g.name, g.provincie_code, g.provincie_name, g.corop_code, g.corop_name, g.size_class,
       g.stedelijkheid, g.inhabitants, i.areas, i.share_insufficient, s.ses_r, coalesce(s.ses_n, 0) AS ses_n
FROM areas AS g
LEFT JOIN insufficient AS i ON i.code = g.code
LEFT JOIN status AS s ON s.code = g.code
WHERE g.level = 'gemeente'
ORDER BY g.code`;
}

/**
 * Per gemeente: weak areas of the base year (the selection), risers and fallers among them, from
 * the Stijgers CTE (stored with the page, so that the headline figures need not wait for DuckDB).
 */
export function riserShares(classified) {
  return sql`WITH ${classified}
SELECT gemeente_code AS code,
       count(*) FILTER (WHERE selected) AS weak,
       count(*) FILTER (WHERE grp = 'stijger') AS risers,
       count(*) FILTER (WHERE grp = 'daler') AS fallers
FROM classified
GROUP BY gemeente_code
ORDER BY gemeente_code`;
}

/**
 * The weak areas of the base year of every gemeente with start, end, every change and the weight
 * the definition gives them, per gemeente risers first, from the Stijgers CTE (stored with the
 * page; areas.js rowsOfGemeente picks a gemeente's, riserComparison compares it with its peers).
 */
export function weakAreas(classified) {
  const deltas = join(
    SCORE_COLUMNS.map((c) => raw(`d_${c}`)),
    ", ",
  );
  return sql`WITH ${classified}
SELECT gemeente_code, code, name, grp, start_class, end_class, start_lbm, end_lbm, ${deltas}, w
FROM classified
WHERE grp <> 'overig'
ORDER BY gemeente_code, CASE grp WHEN 'stijger' THEN 1 WHEN 'daler' THEN 2 ELSE 3 END, d_afw DESC, code`;
}

/**
 * The areas with low SES of every gemeente, flagged low LBM or not, per gemeente low–low first and
 * by name. `quadrant` holds the CTEs quadrant_pairs and pairs (ongelijkheid/queries.js
 * quadrantBaseWithPairs).
 */
export function quadrantAreas(quadrant) {
  return sql`WITH ${quadrant}
SELECT p.gemeente_code, p.code, a.name, p.lbm_class, p.low_lbm
FROM pairs AS p JOIN areas AS a ON a.code = p.code
WHERE p.low_ses
ORDER BY p.gemeente_code, p.low_lbm DESC, a.name, p.code`;
}
