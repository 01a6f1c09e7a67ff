// Which gemeenten count: a reliable onveiligheid estimate (enough respondents) and inside the
// region selection. Applied in JS to the rows of queries.js, so that moving the
// respondent slider or the region filter does not wait for a DuckDB round trip.
import {regionPredicate} from "../region.js";
import {isNumber} from "../stats/is-number.js";

/**
 * Copies of the rows with `reliable` (onveilig present and, under the respondents rule,
 * respondents ≥ minRespondents; under the published rule, onveilig present) and `in_selection`
 * (every region condition holds on the row's area columns).
 * @param {any[]} rows
 * @param {{minRespondents: number, region?: any, rule?: "respondents" | "published"}} options rule: reliability.js
 */
export function markRows(rows, {minRespondents, region, rule = "respondents"}) {
  const conditions = regionPredicate(region);
  const enough = (row) => rule === "published" || (isNumber(row.respondents) && row.respondents >= minRespondents);
  return rows.map((row) => ({
    ...row,
    reliable: isNumber(row.onveilig) && enough(row),
    in_selection: conditions.every(({column, value}) => row[column] === value),
  }));
}

/**
 * The rules above in words, for the Methode disclosure.
 * @param {{minRespondents: number, region?: any, rule?: "respondents" | "published"}} options
 */
export function describeMarking({minRespondents, region, rule = "respondents"}) {
  const conditions = regionPredicate(region);
  const where = conditions.length
    ? conditions.map(({column, value}) => `${column} = ${JSON.stringify(value)}`).join(" en ")
    : "geen regiobeperking";
  const reliable =
    rule === "published"
      ? "onveilig niet leeg (gepubliceerd door CBS)"
      : `onveilig niet leeg en respondents ≥ ${minRespondents}`;
  return `betrouwbaar: ${reliable}; selectie: ${where}`;
}
