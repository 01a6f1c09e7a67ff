// The states an output shows instead of its numbers, the same everywhere on the site: too few
// areas for the statistic (the registry's minimum n), settings that cannot be computed (with the
// reason), and an empty selection (as a whole Dutch sentence). Each is an element with
// data-state, so readers' tools and the tests can find it.
import {html} from "htl";
import {formatInt} from "../lib/format.js";

export {tooFew} from "../lib/min-n.js";

/**
 * "Te weinig gebieden (n = 6, minimaal 10)." with what is not shown and what to do; with none at
 * all, that the selection is empty.
 * @param {import("../lib/min-n.js").Shortfall} shortfall tooFew(…)'s result
 * @param {{id?: string, what?: string}} [options] `what`: the output, e.g. "De correlatie"
 */
export function tooFewAreas(shortfall, {id, what} = {}) {
  const {n, min, unit} = shortfall;
  if (n === 0)
    return html`<div
      class="output-state output-state--empty"
      id=${id}
      data-state="empty"
      data-n="0"
      data-min=${min}
      role="note"
    >
      <strong>Geen gebieden in deze selectie.</strong> ${what ?? shortfall.label} vraagt er minstens ${formatInt(min)}
      (${unit}). Kies een grotere regio of een ruimere selectie.
    </div>`;
  return html`<div
    class="output-state output-state--too-few"
    id=${id}
    data-state="too-few"
    data-n=${n}
    data-min=${min}
    role="note"
  >
    <strong>Te weinig gebieden (n = ${formatInt(n)}, minimaal ${formatInt(min)}).</strong>
    ${what ?? shortfall.label} wordt pas berekend vanaf ${formatInt(min)} ${unit}. Kies een grotere regio of een ruimere
    selectie.
  </div>`;
}

/**
 * Settings that do not define a result: the reason, instead of states painted from no data.
 * @param {string} reason a Dutch sentence without the final full stop
 * @param {{id?: string}} [options]
 */
export function notComputable(reason, {id} = {}) {
  return html`<div class="output-state output-state--invalid" id=${id} data-state="invalid" role="note">
    <strong>Niet te berekenen met deze instellingen:</strong> ${reason}.
  </div>`;
}

/**
 * An empty selection, as a sentence (e.g. "Geen gemeente in deze selectie heeft een betrouwbare schatting.").
 * @param {string} sentence
 * @param {{id?: string}} [options]
 */
export function emptyState(sentence, {id} = {}) {
  return html`<div class="output-state output-state--empty" id=${id} data-state="empty" role="note">${sentence}</div>`;
}

/**
 * The output, or the too-few state when `shortfall` (tooFew's result) is set.
 * @param {import("../lib/min-n.js").Shortfall | null} shortfall
 * @param {() => any} render
 * @param {{id?: string, what?: string}} [options]
 */
export const unlessTooFew = (shortfall, render, options) => (shortfall ? tooFewAreas(shortfall, options) : render());
