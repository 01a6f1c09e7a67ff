// The one query behind the ondermijning page: a wide row per gemeente with every ondermijning
// indicator, ervaren onveiligheid with its respondents, LBM sociale samenhang, and flags for
// reliability and the region selection. Standardising, weighting and ranking happen in JS
// (lib/safety), because uploaded indicators join there.
import {ONVEILIGHEID_MEASURE, SAFETY_MEASURES} from "../registry.js";
import {REGION_COLUMNS, regionPredicate} from "../region.js";
import {and, ident, join, sql} from "../sql.js";

export const ONDERMIJNING_MEASURES = SAFETY_MEASURES.filter((m) => m.kind === "ondermijning");
/** @type {string[]} */
export const ONDERMIJNING_IDS = ONDERMIJNING_MEASURES.map((m) => m.id);
const REGION_COLUMN_NAMES = Object.values(REGION_COLUMNS);

/**
 * @param {{safetyYear: number, lbmYear: number, minRespondents: number, region?: any}} options
 */
export function safetyWide({safetyYear, lbmYear, minRespondents, region}) {
  const indicators = join(
    ONDERMIJNING_IDS.map((id) => sql`max(s.value) FILTER (WHERE s.measure = ${id}) AS ${ident(id, ONDERMIJNING_IDS)}`),
    ",\n       ",
  );
  const selection = and(regionPredicate(region).map(({column, value}) => sql`a.${ident(column, REGION_COLUMN_NAMES)} = ${value}`));
  return sql`WITH wide AS (
  SELECT a.code, a.name, a.provincie_code, a.provincie_name, a.corop_code, a.size_class,
         a.stedelijkheid, a.inhabitants,
         ${selection} AS in_selection,
         max(s.value) FILTER (WHERE s.measure = ${ONVEILIGHEID_MEASURE}) AS onveilig,
         max(s.respondents) FILTER (WHERE s.measure = ${ONVEILIGHEID_MEASURE}) AS respondents,
         ${indicators}
  FROM areas AS a
  LEFT JOIN safety AS s ON s.code = a.code AND s.level = 'gemeente' AND s.year = ${safetyYear}
  WHERE a.level = 'gemeente'
  GROUP BY ALL
)
SELECT wide.*,
       coalesce(wide.onveilig IS NOT NULL AND wide.respondents >= ${minRespondents}, FALSE) AS reliable,
       l.soc
FROM wide
LEFT JOIN lbm AS l ON l.code = wide.code AND l.level = 'gemeente' AND l.year = ${lbmYear}
ORDER BY wide.code`;
}
