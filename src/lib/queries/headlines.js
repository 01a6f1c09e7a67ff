// The Home page's live headlines: one small query per theme, parameterised by DEFAULTS.
import {DIMENSIONS, ONVEILIGHEID_MEASURE, SAFETY_MEASURES} from "../registry.js";
import {ident, join, raw, sql} from "../sql.js";

const DIMENSION_IDS = DIMENSIONS.map((d) => d.id);
const ONDERMIJNING_IDS = SAFETY_MEASURES.filter((m) => m.kind === "ondermijning").map((m) => m.id);

/** Weak buurten in the base year, how many rose to riserMinClass+, and mean change per dimension. */
export function risersHeadline({baseYear, endYear, weakMaxClass, riserMinClass, level = "buurt"}) {
  const changes = join(
    DIMENSION_IDS.map((d) => sql`avg(e.${ident(d, DIMENSION_IDS)} - s.${ident(d, DIMENSION_IDS)}) FILTER (WHERE e.lbm_class >= ${riserMinClass}) AS ${raw(`d_${d}`)}`),
    ",\n       ",
  );
  return sql`SELECT count(*) AS weak,
       count(*) FILTER (WHERE e.lbm_class >= ${riserMinClass}) AS risers,
       count(*) FILTER (WHERE e.lbm_class < s.lbm_class) AS fallers,
       ${changes}
FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.year = ${endYear}
WHERE s.level = ${level} AND s.year = ${baseYear} AND s.lbm_class <= ${weakMaxClass} AND e.lbm_class IS NOT NULL`;
}

/** The dimension with the largest mean gain among risers, from a risersHeadline row. */
export function dominantDimension(row) {
  let best = null;
  for (const d of DIMENSIONS) {
    const value = row[`d_${d.id}`];
    if (value != null && (best === null || value > best.value)) best = {...d, value};
  }
  return best;
}

/** Pearson r of LBM and SES-WOA over buurten, and how many buurten lack SES. */
export function sesHeadline({lbmYearForSes, sesYear, level = "buurt"}) {
  return sql`SELECT corr(l.lbm, s.ses_total) AS r,
       count(s.ses_total) AS n,
       count(*) - count(s.ses_total) AS missing
FROM lbm AS l LEFT JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
WHERE l.level = ${level} AND l.year = ${lbmYearForSes} AND l.lbm IS NOT NULL`;
}

/**
 * Gemeenten with a reliable ervaren-onveiligheid estimate, and the correlation of an unweighted
 * mean-z ondermijning index with it (z over those same gemeenten).
 */
export function safetyHeadline({safetyYear, minRespondents}) {
  return sql`WITH reliable AS (
  SELECT code, value AS onveilig FROM safety
  WHERE measure = ${ONVEILIGHEID_MEASURE} AND year = ${safetyYear} AND level = 'gemeente'
    AND value IS NOT NULL AND respondents >= ${minRespondents}
), z AS (
  SELECT s.code, s.measure,
         (s.value - avg(s.value) OVER w) / nullif(stddev_samp(s.value) OVER w, 0) AS z
  FROM safety AS s JOIN reliable USING (code)
  WHERE s.year = ${safetyYear} AND s.measure IN ${ONDERMIJNING_IDS} AND s.value IS NOT NULL
  WINDOW w AS (PARTITION BY s.measure)
), idx AS (SELECT code, avg(z) AS idx FROM z GROUP BY code)
SELECT count(*) AS n, corr(idx.idx, reliable.onveilig) AS r,
       (SELECT count(DISTINCT code) FROM safety WHERE level = 'gemeente' AND year = ${safetyYear}) AS gemeenten
FROM reliable JOIN idx USING (code)`;
}
