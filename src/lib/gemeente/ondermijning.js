// The gemeente's place in the ondermijning analysis, from the rows of that analysis (the
// ondermijning wing's analyse(), run by the page with the Ondermijning page's defaults), or the
// reason it is not in it.
import {formatInt} from "../format.js";
import {isNumber} from "../stats/is-number.js";
import {position} from "./peers.js";

/**
 * Why a gemeente has no place in the analysis, in a Dutch sentence; null when it has one.
 * @param {any} row its analysis row (reliable, onveilig, respondents, index, analysed)
 * @param {{minRespondents: number, rule: string, labelOf: (id: string) => string, chosen: string[]}} options
 */
export function notInAnalysisReason(row, {minRespondents, rule, labelOf, chosen}) {
  if (!row) return "Deze gemeente komt niet voor in de gegevens over veiligheid.";
  if (row.analysed) return null;
  if (!isNumber(row.onveilig))
    return "De Veiligheidsmonitor geeft voor deze gemeente geen schatting van ervaren onveiligheid, dus kan de index niet tegen onveiligheid worden gezet en krijgt de gemeente geen rang.";
  if (!row.reliable)
    return rule === "published"
      ? "De schatting van ervaren onveiligheid is niet gepubliceerd door het CBS."
      : `De Veiligheidsmonitor had hier ${isNumber(row.respondents) ? formatInt(row.respondents) : "onbekend veel"} respondenten, minder dan de ${formatInt(minRespondents)} die de analyse voor een betrouwbare schatting vraagt.`;
  const missing = chosen.filter((id) => !isNumber(row.values?.[id])).map(labelOf);
  return missing.length
    ? `Voor deze gemeente ontbreekt ${missing.join(", ")}, zodat er geen volledige index is.`
    : "Deze gemeente heeft geen volledige index.";
}

/**
 * The profile's ondermijning block: index, rank and percentile among the analysed gemeenten,
 * residual, and per chosen indicator the gemeente's standardised score against its peers' mean.
 * @param {any[]} rows all rows of the analysis (analyse().rows)
 * @param {string} code
 * @param {string[]} peers
 * @param {{minRespondents: number, rule: string, labelOf: (id: string) => string, chosen: string[]}} options
 */
export function ondermijningProfile(rows, code, peers, options) {
  const row = rows.find((d) => d.code === code) ?? null;
  const analysed = rows.filter((d) => d.analysed);
  const peerSet = new Set(peers);
  const peerRows = rows.filter((d) => peerSet.has(d.code));
  const indicators = options.chosen.map((id) => {
    const peerScores = peerRows.map((d) => d.scores?.[id]).filter(isNumber);
    return {
      id,
      label: options.labelOf(id),
      value: row?.values?.[id] ?? null,
      score: row?.scores?.[id] ?? null,
      peerMean: peerScores.length ? peerScores.reduce((s, v) => s + v, 0) / peerScores.length : null,
      peerCount: peerScores.length,
    };
  });
  const reason = notInAnalysisReason(row, options);
  const where = reason
    ? null
    : position(
        row.index,
        analysed.filter((d) => d.code !== code).map((d) => d.index),
      );
  return {
    inAnalysis: reason == null,
    reason,
    index: row?.index ?? null,
    rank: reason ? null : row.rank,
    n: analysed.length,
    percentile: where?.percentile ?? null,
    onveilig: row?.onveilig ?? null,
    fitted: reason ? null : row.fitted,
    residual: reason ? null : row.standardizedResidual,
    label: reason ? null : row.label,
    indicators,
    peersInAnalysis: peerRows.filter((d) => d.analysed).length,
  };
}
