// The chosen gemeente on the Ondermijning page: its index, rank, percentile and residual in the
// current analysis, or why it is not in it (no reliable Veiligheidsmonitor estimate, outside the
// region, or a missing indicator).
import {html} from "htl";
import {formatDecimal, formatInt, formatPercent} from "../../lib/format.js";
import {exclusionReason} from "../../lib/ondermijning/focus.js";

/**
 * @param {any[]} rows the analysis rows (analyse().rows), one per gemeente
 * @param {string | null} code the chosen gemeente
 * @param {{analysedCount: number, reliabilityText: string, labelText: Record<string, string>}} options
 */
export function gemeenteCard(rows, code, {analysedCount, reliabilityText, labelText}) {
  if (!code) return html`<div id="ondermijning-gemeente-card"></div>`;
  const row = rows.find((r) => r.code === code);
  const name = row?.name ?? code;
  const reason = exclusionReason(row ?? null, {reliabilityText});
  let body;
  if (reason) body = html`<p><strong>Niet in de analyse:</strong> ${reason}.</p>`;
  else {
    // Percentile: the share of the analysed gemeenten with a lower index (rank 1 is the highest).
    const below = rows.filter((r) => r.analysed && r.index < row.index).length;
    body = html`<p>
      Index <strong data-value=${row.index}>${formatDecimal(row.index, 2)}</strong>, rang
      <strong data-value=${row.rank}>${formatInt(row.rank)}</strong> van ${formatInt(analysedCount)} (hoger dan
      ${formatPercent(below / analysedCount)} van de gemeenten in de analyse); ervaren onveiligheid
      ${formatDecimal(row.onveilig, 1)}%, residu ${formatDecimal(row.standardizedResidual, 2)}
      σ${row.label ? ` (${labelText[row.label] ?? row.label})` : ""}.
    </p>`;
  }
  return html`<div class="card" id="ondermijning-gemeente-card" data-code=${code}>
    <h3>${name}</h3>
    ${body}
  </div>`;
}
