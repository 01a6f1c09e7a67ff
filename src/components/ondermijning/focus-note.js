// The one sentence shown next to a chart when the chosen gemeente is not in the analysis, instead
// of a chart that silently lacks it.
import {html} from "htl";

/** @param {import("../../lib/ondermijning/focus.js").GemeenteFocus} focus */
export const focusNote = (focus) => html`<p class="focus-note" role="note" data-code=${focus.code}>${focus.note}</p>`;
