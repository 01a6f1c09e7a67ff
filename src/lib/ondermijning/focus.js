// The chosen gemeente ("Mijn gemeente", URL key `gemeente`) inside the page's own outputs: whether
// it is in the analysis, and if not, why, in one Dutch sentence to show next to the charts.
import {formatDecimal, formatInt} from "../format.js";

/**
 * @typedef {{code: string, name: string, row: any | null, analysed: boolean, note: string | null, summary: string | null}} GemeenteFocus
 */

/**
 * Why an analysis row is not analysed, as the end of a sentence; null when it is.
 * @param {any | null} row
 * @param {{reliabilityText: string}} options
 */
export function exclusionReason(row, {reliabilityText}) {
  if (!row) return "er zijn geen gegevens over ondermijning voor deze gemeente";
  if (row.analysed) return null;
  if (!row.reliable) {
    const respondents = row.respondents != null ? `; ${formatInt(row.respondents)} respondenten` : "";
    return `er is geen betrouwbare schatting van ervaren onveiligheid (${reliabilityText}${respondents})`;
  }
  if (row.in_selection === false) return "de gemeente ligt buiten de gekozen regio";
  return "een gekozen indicator ontbreekt voor deze gemeente";
}

/**
 * The chosen gemeente in the analysis rows (analyse().rows), or null when none is chosen.
 * `names` are rows with code and name (the gemeente rows of areas), for a gemeente without data.
 * @param {any[]} rows
 * @param {string | null | undefined} code
 * @param {{names?: {code: string, name: string}[], reliabilityText: string}} options
 * @returns {GemeenteFocus | null}
 */
export function gemeenteFocus(rows, code, {names = [], reliabilityText}) {
  if (!code) return null;
  const row = rows.find((r) => r.code === code) ?? null;
  const name = row?.name ?? names.find((r) => r.code === code)?.name ?? code;
  const reason = exclusionReason(row, {reliabilityText});
  return {
    code,
    name,
    row,
    analysed: reason == null,
    note:
      reason == null ? null : `De uitgelichte gemeente ${name} staat niet in deze rangorde en grafieken: ${reason}.`,
    summary: reason == null ? residualSummary(row) : null,
  };
}

/** "rang 5, residu 1,23 σ" for an analysed row: what the scatter's label and the table marker say. */
export const residualSummary = (row) =>
  `rang ${formatInt(row.rank)}, residu ${formatDecimal(row.standardizedResidual, 2)} σ`;

/** The focus when `code` is the chosen, analysed gemeente (for marking one row or point). */
export const isFocus = (focus, code) => focus?.analysed === true && focus.code === code;
