// The Home page's headline for this theme: one small query with the theme's defaults on
// the dataset's years (datasetDefaults).
import {ONVEILIGHEID_MEASURE} from "../registry.js";
import {sql} from "../sql.js";
import {ONDERMIJNING_IDS} from "./queries.js";

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
