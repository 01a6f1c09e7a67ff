// The Home page's headline for this theme: one small query with the theme's defaults on
// the dataset's years (datasetDefaults), with the site's interval policy (gemeenten as clusters,
// see ../stats/cluster-robust.js) computed in the same query.
import {sql} from "../sql.js";
import {clusteredInterval} from "../stats/cluster-robust.js";

/**
 * Pearson r of LBM and SES-WOA over the areas of a level, how many of them lack SES, and per
 * gemeente the summed influence of its areas on Fisher's z: `clusters` gemeenten and `ss` the
 * sum of the squared sums (for sesHeadlineInterval).
 */
export function sesHeadline({lbmYear, sesYear, level}) {
  return sql`WITH cases AS (
  SELECT l.lbm AS y, s.ses_total AS x, a.gemeente_code AS g
  FROM lbm AS l JOIN areas AS a ON a.code = l.code
  LEFT JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
  WHERE l.level = ${level} AND l.year = ${lbmYear} AND l.lbm IS NOT NULL
), stats AS (
  SELECT corr(x, y) AS r, count(x) AS n, count(*) - count(x) AS missing,
         avg(x) AS mx, avg(y) FILTER (WHERE x IS NOT NULL) AS my,
         stddev_pop(x) AS sx, stddev_pop(y) FILTER (WHERE x IS NOT NULL) AS sy
  FROM cases
), influence AS (
  SELECT g, sum(((x - mx) / sx * (y - my) / sy - r * (((x - mx) / sx) ^ 2 + ((y - my) / sy) ^ 2) / 2) / n / (1 - r * r)) AS s
  FROM cases CROSS JOIN stats
  WHERE x IS NOT NULL
  GROUP BY g
)
SELECT any_value(stats.r) AS r, any_value(stats.n) AS n, any_value(stats.missing) AS missing,
       count(influence.g) AS clusters, sum(influence.s * influence.s) AS ss
FROM stats LEFT JOIN influence ON true`;
}

/**
 * The 95% interval of the headline r with gemeenten as clusters: [lower, upper].
 * @param {{r: number, clusters: number, ss: number}} row a sesHeadline row
 */
export const sesHeadlineInterval = ({r, clusters, ss}) => clusteredInterval(r, Number(clusters), ss);
