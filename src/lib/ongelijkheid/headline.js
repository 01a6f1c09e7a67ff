// The Home page's headline for this theme: one small query with the theme's defaults on
// the dataset's years (datasetDefaults).
import {sql} from "../sql.js";

/** Pearson r of LBM and SES-WOA over the areas of a level, and how many of them lack SES. */
export function sesHeadline({lbmYear, sesYear, level}) {
  return sql`SELECT corr(l.lbm, s.ses_total) AS r,
       count(s.ses_total) AS n,
       count(*) - count(s.ses_total) AS missing
FROM lbm AS l LEFT JOIN ses AS s ON s.code = l.code AND s.year = ${sesYear}
WHERE l.level = ${level} AND l.year = ${lbmYear} AND l.lbm IS NOT NULL`;
}
