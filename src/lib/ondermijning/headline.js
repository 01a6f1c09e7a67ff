// The Home page's headline for this theme: one small query with the theme's defaults on
// the dataset's years (datasetDefaults).
import {ONVEILIGHEID_MEASURE} from "../registry.js";
import {sql} from "../sql.js";
import {ONDERMIJNING_IDS} from "./queries.js";

/**
 * Gemeenten with a reliable ervaren-onveiligheid estimate, and the correlation of an unweighted
 * mean-z ondermijning index with it (z over those same gemeenten). As on the Ondermijning page, a
 * gemeente has an index only with a value for every indicator the data have that year. Reliable: at least
 * minRespondents respondents, or, in a year whose estimates carry no respondents at all
 * (Veiligheidsmonitor 81877NED), published by CBS — the rule provenance.reliability records.
 * @param {{safetyYear: number, minRespondents: number}} options
 */
export function safetyHeadline({safetyYear, minRespondents}) {
  return sql`WITH counted AS (
  SELECT count(respondents) > 0 AS by_respondents FROM safety
  WHERE measure = ${ONVEILIGHEID_MEASURE} AND year = ${safetyYear} AND level = 'gemeente'
), reliable AS (
  SELECT code, value AS onveilig FROM safety, counted
  WHERE measure = ${ONVEILIGHEID_MEASURE} AND year = ${safetyYear} AND level = 'gemeente'
    AND value IS NOT NULL AND (NOT counted.by_respondents OR respondents >= ${minRespondents})
), z AS (
  SELECT s.code, s.measure,
         (s.value - avg(s.value) OVER w) / nullif(stddev_samp(s.value) OVER w, 0) AS z
  FROM safety AS s JOIN reliable USING (code)
  WHERE s.year = ${safetyYear} AND s.measure IN ${ONDERMIJNING_IDS} AND s.value IS NOT NULL
  WINDOW w AS (PARTITION BY s.measure)
), indicators AS (
  SELECT count(DISTINCT measure) AS k FROM safety
  WHERE year = ${safetyYear} AND level = 'gemeente' AND measure IN ${ONDERMIJNING_IDS} AND value IS NOT NULL
), idx AS (SELECT code, avg(z) AS idx FROM z, indicators GROUP BY code, indicators.k HAVING count(z) = indicators.k)
SELECT count(*) AS n, corr(idx.idx, reliable.onveilig) AS r,
       (SELECT count(DISTINCT code) FROM safety WHERE level = 'gemeente' AND year = ${safetyYear}) AS gemeenten
FROM reliable JOIN idx USING (code)`;
}
