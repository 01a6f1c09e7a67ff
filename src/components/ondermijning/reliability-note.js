import {html} from "htl";
import {reliabilityExplanation} from "../../lib/ondermijning/reliability.js";

/**
 * The reliability rule in force, under the controls (#reliability-rule, data-rule = its id).
 * @param {import("../../lib/ondermijning/reliability.js").Reliability} rule
 * @param {number} minRespondents
 */
export function reliabilityNote(rule, minRespondents) {
  return html`<p class="reliability-rule" id="reliability-rule" data-rule=${rule.id}>
    ${reliabilityExplanation(rule, minRespondents)}
  </p>`;
}
