// SQL for the page "Leefbaarheid en sociale ongelijkheid": the buurt (or wijk) pairs of LBM and
// SES-WOA, the low–low quadrant shares per gemeente and the dimension profile of low–low areas.
import {DIMENSION_IDS, SES_MEASURES} from "../registry.js";
import {ident, join, sql} from "../sql.js";
import {regionCondition} from "../region-sql.js";

export const SES_MEASURE_IDS = SES_MEASURES.map((m) => m.id);
/** Measures that rank areas by status (the spread is not a status score). */
export const SES_LEVEL_IDS = SES_MEASURE_IDS.filter((id) => id !== "ses_spread");
export const LBM_MEASURE_IDS = ["lbm", ...DIMENSION_IDS];

/**
 * One row per area of `level` with an LBM score in lbmYear, in the region, with at least
 * minHouseholds households: area attributes, all LBM scores and all SES measures of sesYear
 * (null where CBS suppressed them; the page counts those as dropped).
 */
export function sesPairs({lbmYear, sesYear, level, region, minHouseholds}) {
  return sql`SELECT a.code, a.name, a.gemeente_code, a.gemeente_name, a.provincie_code, a.provincie_name,
       a.corop_code, a.corop_name, a.size_class, a.stedelijkheid, a.households,
       a.centroid_lon, a.centroid_lat,
       l.lbm, l.won, l.fys, l.vrz, l.soc, l.onv, l.lbm_class,
       s.ses_total, s.ses_welvaart, s.ses_opleiding, s.ses_arbeid, s.ses_spread
FROM lbm AS l
JOIN areas AS a ON a.code = l.code
LEFT JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
WHERE l.level = ${level} AND l.year = ${lbmYear} AND l.lbm IS NOT NULL
  AND coalesce(a.households, 0) >= ${minHouseholds} AND ${regionCondition(region)}
ORDER BY a.code`;
}

/**
 * The areas of the selection with an LBM class in lbmYear and their SES-WOA level measures of
 * sesYear, as the temporary table `quadrant_pairs` that quadrantShares and lowLowProfile read.
 * A cut-off change then scans these ~13,000 rows (~8 ms in DuckDB-WASM) instead of joining lbm,
 * areas and ses again (~50 ms). Run it again whenever its parameters change.
 */
export function quadrantPairs(params) {
  return sql`CREATE OR REPLACE TEMP TABLE quadrant_pairs AS
${quadrantPairsSelect(params)}`;
}

/** The SELECT behind `quadrant_pairs`, for a query that needs the pairs without the temporary table. */
export function quadrantPairsSelect({lbmYear, sesYear, level, region, minHouseholds}) {
  const dimensions = join(DIMENSION_IDS.map((d) => sql`l.${ident(d, DIMENSION_IDS)}`));
  const sesLevels = join(SES_LEVEL_IDS.map((m) => sql`s.${ident(m, SES_LEVEL_IDS)}`));
  return sql`SELECT a.code, a.gemeente_code, a.gemeente_name, l.lbm_class, l.lbm, ${dimensions}, ${sesLevels}
FROM lbm AS l
JOIN areas AS a ON a.code = l.code
JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
WHERE l.level = ${level} AND l.year = ${lbmYear} AND l.lbm_class IS NOT NULL
  AND coalesce(a.households, 0) >= ${minHouseholds} AND ${regionCondition(region)}`;
}

// Low SES is below a national percentile of all areas of the level that have the measure, so
// that a regional selection does not move the bar; low LBM is class ≤ maxLbmClass.
export function quadrantBase({sesYear, level, sesMeasure = "ses_total", sesPercentile, maxLbmClass}) {
  const ses = ident(sesMeasure, SES_LEVEL_IDS);
  return sql`threshold AS (
  SELECT quantile_cont(${ses}, ${sesPercentile / 100}) AS ses_cut
  FROM ses WHERE level = ${level} AND year = ${sesYear} AND ${ses} IS NOT NULL
), pairs AS (
  SELECT q.*, q.${ses} < t.ses_cut AS low_ses, q.lbm_class <= ${maxLbmClass} AS low_lbm
  FROM quadrant_pairs AS q CROSS JOIN threshold AS t
  WHERE q.${ses} IS NOT NULL
)`;
}

/** quadrantBase preceded by the pairs themselves, for a query that must not need the temporary table. */
export const quadrantBaseWithPairs = (params) =>
  sql`quadrant_pairs AS (${quadrantPairsSelect(params)}), ${quadrantBase(params)}`;

/**
 * Per gemeente with at least minAreas areas that have both scores: the share that is low–low
 * (low SES and low LBM) and the share with low SES but LBM above the cut, ranked by `order`.
 * Reads `quadrant_pairs` (see quadrantPairs), or with `{withPairs: true}` makes the pairs itself.
 * @param {any} params
 * @param {{withPairs?: boolean}} [options]
 */
export function quadrantShares(params, {withPairs = false} = {}) {
  const order = params.order === "high_low" ? sql`share_high_lbm_low_ses DESC` : sql`share_low_low DESC`;
  return sql`WITH ${withPairs ? quadrantBaseWithPairs(params) : quadrantBase(params)}
SELECT gemeente_code AS code, any_value(gemeente_name) AS name, count(*) AS areas,
       count(*) FILTER (WHERE low_ses AND low_lbm) AS low_low,
       count(*) FILTER (WHERE low_ses AND NOT low_lbm) AS high_lbm_low_ses,
       count(*) FILTER (WHERE low_ses AND low_lbm) / count(*) AS share_low_low,
       count(*) FILTER (WHERE low_ses AND NOT low_lbm) / count(*) AS share_high_lbm_low_ses,
       any_value(t.ses_cut) AS ses_cut
FROM pairs CROSS JOIN threshold AS t
GROUP BY gemeente_code
HAVING count(*) >= ${params.minAreas}
ORDER BY ${order}, code`;
}

/** Mean LBM and dimension scores of low–low areas against all other paired areas in the selection. */
export function lowLowProfile(params) {
  const means = DIMENSION_IDS.map((d) => sql`avg(${ident(d, DIMENSION_IDS)}) AS ${ident(d, DIMENSION_IDS)}`);
  return sql`WITH ${quadrantBase(params)}
SELECT (low_ses AND low_lbm) AS low_low, count(*) AS areas, avg(lbm) AS lbm,
       ${means[0]}, ${means[1]}, ${means[2]}, ${means[3]}, ${means[4]}
FROM pairs
GROUP BY ALL
ORDER BY low_low DESC`;
}

/** Numeric columns of the pairs as Float64Arrays with NaN for missing, for fast repeated statistics. */
export const PAIR_COLUMNS = ["lbm", ...DIMENSION_IDS, "lbm_class", ...SES_MEASURE_IDS, "households"];
export function pairColumns(rows) {
  return Object.fromEntries(
    PAIR_COLUMNS.map((name) => [name, Float64Array.from(rows, (d) => (d[name] == null ? NaN : d[name]))]),
  );
}
