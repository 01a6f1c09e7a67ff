// The one query behind the ondermijning page: a wide row per gemeente with every ondermijning
// indicator, ervaren onveiligheid with its respondents, LBM sociale samenhang and the area
// columns the region filter uses. It runs once per page load; the respondent threshold and the
// region selection are applied to its rows in JS (selection.js), and so are
// standardising, weighting and ranking, because uploaded indicators join there.
import {ONVEILIGHEID_MEASURE, SAFETY_MEASURES} from "../registry.js";
import {ident, join, sql} from "../sql.js";

export const ONDERMIJNING_MEASURES = SAFETY_MEASURES.filter((m) => m.kind === "ondermijning");
/** @type {string[]} */
export const ONDERMIJNING_IDS = ONDERMIJNING_MEASURES.map((m) => m.id);

/**
 * @param {{safetyYear: number, lbmYear: number}} options
 */
export function safetyWide({safetyYear, lbmYear}) {
  const indicators = join(
    ONDERMIJNING_IDS.map((id) => sql`max(s.value) FILTER (WHERE s.measure = ${id}) AS ${ident(id, ONDERMIJNING_IDS)}`),
    ",\n       ",
  );
  return sql`WITH wide AS (
  SELECT a.code, a.name, a.gemeente_code, a.provincie_code, a.provincie_name, a.corop_code,
         a.size_class, a.stedelijkheid, a.inhabitants,
         max(s.value) FILTER (WHERE s.measure = ${ONVEILIGHEID_MEASURE}) AS onveilig,
         max(s.respondents) FILTER (WHERE s.measure = ${ONVEILIGHEID_MEASURE}) AS respondents,
         ${indicators}
  FROM areas AS a
  LEFT JOIN safety AS s ON s.code = a.code AND s.level = 'gemeente' AND s.year = ${safetyYear}
  WHERE a.level = 'gemeente'
  GROUP BY ALL
)
SELECT wide.*, l.soc
FROM wide
LEFT JOIN lbm AS l ON l.code = wide.code AND l.level = 'gemeente' AND l.year = ${lbmYear}
ORDER BY wide.code`;
}
