// The report's findings next to what the data say, and the fallers' main contributor.
import {html} from "htl";
import {findingSentence} from "../../lib/stijgers/decomposition.js";
import {tooFewAreas} from "../output-state.js";

const verdict = (f) =>
  !f.available ? "niet te toetsen met deze instellingen" : f.matches ? "komt overeen" : "wijkt af";

const verdictText = (f) =>
  f.shortfall
    ? tooFewAreas(f.shortfall, {what: "Deze toets van het rapport"})
    : html`<span class="stijgers-verdict"
        >Rapport: ${f.text} — in deze gegevens: <strong>${verdict(f)}</strong>.</span
      >`;

/**
 * @param {{report: any[], fallers: {subject: string, row: any, dominant: {id: string} | null}}} findings decompositionFindings' result
 * @param {{weighted: boolean, noun: string}} options
 */
export function findingsList({report, fallers}, {weighted, noun}) {
  return html`<div class="stijgers-findings" id="findings" aria-live="polite">
    <ul>
      ${report.map(
        (f) =>
          html`<li data-finding=${f.id} data-dominant=${f.dominant?.id ?? ""} data-matches=${String(f.matches)}>
            ${findingSentence(f.subject, f.row, {weighted, noun})} ${verdictText(f)}
          </li>`,
      )}
      <li data-finding="fallers" data-dominant=${fallers.dominant?.id ?? ""}>
        ${findingSentence(fallers.subject, fallers.row, {weighted, noun})}
      </li>
    </ul>
  </div>`;
}
