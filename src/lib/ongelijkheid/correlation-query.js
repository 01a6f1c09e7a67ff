// The page's main number, the correlation of an LBM measure with a SES measure, written as SQL
// over the page's own pairs query: the same complete cases as cases.js (both measures present,
// households > 0 when weighted), Spearman as Pearson on (weighted) mid-ranks as in lib/stats,
// weighted Pearson with weighted means. The page computes it in JavaScript; this query is what
// "Open in werkbank" opens, and the end-to-end test checks that both give the same r.
import {ident, raw, sql} from "../sql.js";
import {LBM_MEASURE_IDS, SES_MEASURE_IDS} from "./queries.js";

const MEASURES = [...LBM_MEASURE_IDS, ...SES_MEASURE_IDS];

// Weighted mid-rank: the weight of all smaller values plus half the weight of the tie group.
const midRank = (column) =>
  raw(
    `sum(w) OVER (ORDER BY ${column} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - sum(w) OVER (PARTITION BY ${column}) / 2`,
  );

/**
 * @param {any} pairsQuery the page's sesPairs fragment
 * @param {{sesMeasure: string, lbmMeasure: string, method: string, weighting: string}} choice
 */
export function correlationQuery(pairsQuery, {sesMeasure, lbmMeasure, method, weighting}) {
  const weighted = weighting === "households";
  const values =
    method === "spearman" ? sql`${midRank("ses")} AS x, ${midRank("lbm")} AS y, w` : raw("ses AS x, lbm AS y, w");
  return sql`WITH pairs AS (
${pairsQuery}
), cases AS (
  SELECT ${ident(sesMeasure, MEASURES)} AS ses, ${ident(lbmMeasure, MEASURES)} AS lbm,
         ${weighted ? raw("households::DOUBLE") : raw("1.0")} AS w
  FROM pairs
  WHERE ${ident(sesMeasure, MEASURES)} IS NOT NULL AND ${ident(lbmMeasure, MEASURES)} IS NOT NULL${weighted ? raw(" AND households > 0") : raw("")}
), scored AS (
  SELECT ${values} FROM cases
), means AS (
  SELECT sum(w * x) / sum(w) AS mx, sum(w * y) / sum(w) AS my FROM scored
)
SELECT sum(w * (x - mx) * (y - my)) / sqrt(sum(w * (x - mx) ^ 2) * sum(w * (y - my) ^ 2)) AS r,
       count(*) AS n
FROM scored CROSS JOIN means`;
}
