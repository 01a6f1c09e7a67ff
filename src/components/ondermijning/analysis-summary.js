import {html} from "htl";
import {formatInt} from "../../lib/format.js";

/**
 * The sentence above the results (#analysis-summary, data-analysed = gemeenten analysed): how
 * many indicators make the index and how many gemeenten it covers, or a prompt to choose one.
 * reliabilityText says what made an estimate reliable ("minstens 300 respondenten", "gepubliceerd door CBS").
 * @param {{counts: {analysed: number, incomplete: number}, chosenCount: number, reliabilityText: string, regionText: string}} options
 */
export function analysisSummary({counts, chosenCount, reliabilityText, regionText}) {
  return html`<p class="analysis-summary" id="analysis-summary" data-analysed=${counts.analysed}>
    ${
      chosenCount === 0
        ? html`<strong>Kies ten minste één indicator met een gewicht boven 0.</strong>`
        : html`Index uit ${chosenCount} ${chosenCount === 1 ? "indicator" : "indicatoren"} voor
            <strong>${formatInt(counts.analysed)}</strong> gemeenten met een betrouwbare schatting van de onveiligheid
            (${reliabilityText}; ${regionText}).
            ${counts.incomplete ? `${formatInt(counts.incomplete)} gemeenten vallen af omdat een gekozen indicator ontbreekt.` : ""}`
    }
  </p>`;
}
