// The current definition in words, and the message when the settings cannot be used.
import {html} from "htl";

/** @param {{selection: string, riser: string, faller: string, weight: string} | null} text describeDefinition's sentences */
export function definitionList(text) {
  if (!text) return html`<span></span>`;
  return html`<ul class="stijgers-definition" id="definition-text">
    <li>${text.selection}</li>
    <li>${text.riser}</li>
    <li>${text.faller}</li>
    <li>${text.weight}</li>
  </ul>`;
}

/** @param {string | null} error definitionFromControls' message */
export function definitionError(error) {
  if (!error) return html`<span></span>`;
  return html`<p class="stijgers-error" role="alert" id="definition-error">
    <strong>Deze instellingen kunnen niet:</strong> ${error}.
  </p>`;
}
