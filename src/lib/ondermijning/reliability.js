// Which Veiligheidsmonitor estimates count as reliable, as the data say: provenance.reliability
// records per measure and year whether the source gives respondents (a count or the effective
// sample size of a 95% interval) or neither, in which case being published by CBS is the rule.
// Data without that record (Demoland) carry respondent counts.
import {formatInt} from "../format.js";
import {ONVEILIGHEID_MEASURE} from "../registry.js";

/**
 * @typedef {{id: "respondents" | "published", basis: "column" | "margin" | null, source: string | null}} Reliability
 */

/**
 * @param {any} provenance data/provenance.json
 * @param {number} year
 * @returns {Reliability}
 */
export function reliabilityRule(provenance, year) {
  const entry = (provenance?.reliability ?? []).find((r) => r.measure === ONVEILIGHEID_MEASURE && r.year === year);
  return entry
    ? {id: entry.rule, basis: entry.basis ?? null, source: entry.source ?? null}
    : {id: "respondents", basis: "column", source: null};
}

/**
 * The rule as a short phrase for running text: "minstens 300 respondenten" or "gepubliceerd door CBS".
 * @param {Reliability} rule
 * @param {number} minRespondents
 */
export function reliabilityPhrase(rule, minRespondents) {
  if (rule.id === "published") return "gepubliceerd door CBS";
  const effective = rule.basis === "margin" ? " (effectieve steekproefomvang uit het 95%-interval)" : "";
  return `minstens ${formatInt(minRespondents)} respondenten${effective}`;
}

/**
 * The rule in a sentence, for the controls and the Methode disclosure.
 * @param {Reliability} rule
 * @param {number} minRespondents
 */
export function reliabilityExplanation(rule, minRespondents) {
  if (rule.id === "published")
    return `Betrouwbaarheidsregel: gepubliceerd door CBS. ${rule.source ?? "De bron"} geeft geen aantallen respondenten en geen marges; het CBS publiceert alleen gemeenten met genoeg respondenten, dus elke gepubliceerde schatting telt mee. De drempel voor respondenten is hier niet van toepassing.`;
  return `Betrouwbaarheidsregel: ${reliabilityPhrase(rule, minRespondents)}${rule.source ? ` (${rule.source})` : ""}.`;
}
