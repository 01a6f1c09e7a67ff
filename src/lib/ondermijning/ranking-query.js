// The page's ranking as SQL over the page's own query (safetyWide): the same reliable gemeenten,
// standardisation against all of them (z-score or mid-rank percentile, as standardize.js), the
// weighted mean over complete cases (composite.js) and competition ranks within the region
// (ranking.js). The page computes it in JavaScript so that uploaded indicators take part; this
// query is what "Open in werkbank" opens, and the end-to-end test checks that both rank alike.
import {regionCondition} from "../region-sql.js";
import {ident, join, raw, sql} from "../sql.js";
import {ONDERMIJNING_IDS} from "./queries.js";

const SCORE = {
  z: raw("(value - avg(value) OVER m) / nullif(stddev_samp(value) OVER m, 0)"),
  rank: raw(
    "(count(*) OVER (m ORDER BY value RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - count(*) OVER (PARTITION BY indicator, value) / 2) / count(*) OVER m",
  ),
};

/**
 * The ranking query, or null when an uploaded indicator is chosen (it exists only in the browser)
 * or none is.
 * @param {any} wideQuery the page's safetyWide fragment
 * @param {{weights: {id: string, weight: number}[], method: "z" | "rank", minRespondents: number, region: any}} choice
 */
export function rankingQuery(wideQuery, {weights, method, minRespondents, region}) {
  const used = weights.filter((w) => Number.isFinite(w.weight) && w.weight > 0);
  if (!used.length || used.some((w) => !ONDERMIJNING_IDS.includes(w.id))) return null;
  const columns = join(used.map((w) => ident(w.id, ONDERMIJNING_IDS)));
  const weightRows = join(used.map((w) => sql`(${w.id}, ${w.weight})`));
  return sql`WITH wide AS (
${wideQuery}
), reliable AS (
  SELECT * FROM wide WHERE onveilig IS NOT NULL AND respondents >= ${minRespondents}
), long AS (
  UNPIVOT (SELECT code, ${columns} FROM reliable) ON ${columns} INTO NAME indicator VALUE value
), weights(indicator, weight) AS (
  VALUES ${weightRows}
), scored AS (
  SELECT code, indicator, ${SCORE[method]} AS score
  FROM long
  WINDOW m AS (PARTITION BY indicator)
), idx AS (
  SELECT code, sum(weight * score) / sum(weight) AS idx
  FROM scored JOIN weights USING (indicator)
  GROUP BY code
  HAVING count(score) = ${used.length}
)
SELECT rank() OVER (ORDER BY idx.idx DESC) AS rank, r.code, r.name, idx.idx AS index, r.onveilig
FROM idx JOIN reliable AS r USING (code)
WHERE ${regionCondition(region, "r")}
ORDER BY rank, r.code`;
}
