// The multiple-testing control of the LISA: a correction that the permutation count cannot
// support (Bonferroni when α/m < 1/(R + 1)) is disabled with the reason beside it, and never
// silently paints an empty map.
import {html} from "htl";
import {formatInt} from "../../lib/format.js";
import {correctionFeasibility} from "../../lib/stats/fdr.js";
import {LISA_CORRECTION_LABELS, formatAlpha} from "../../lib/ongelijkheid/labels.js";

const FALLBACK = "fdr";

/**
 * Disables the Bonferroni choice in the control when it cannot flag anything and says why
 * (#lisa-correction-note, data-used: the correction applied).
 * @param {HTMLElement} control the correction radio (lisaInputs().correction)
 * @param {{chosen: string, alpha: number, tests: number, permutations: number}} setting
 * @returns {{used: string, note: HTMLElement}}
 */
export function guardCorrection(control, {chosen, alpha, tests, permutations}) {
  const ids = Object.keys(LISA_CORRECTION_LABELS);
  const check = correctionFeasibility("bonferroni", {alpha, tests, permutations});
  const inputs = control.querySelectorAll("input");
  ids.forEach((id, i) => inputs[i] && (inputs[i].disabled = id === "bonferroni" && !check.feasible));
  const used = chosen === "bonferroni" && !check.feasible ? FALLBACK : chosen;
  const reason = `Bonferroni kan hier niets aantonen: de kleinste p-waarde die ${formatInt(permutations)} permutaties kunnen geven is 1/${formatInt(permutations + 1)}, groter dan α/m = ${formatAlpha(alpha)}/${formatInt(tests)}. Meer permutaties of een kleinere selectie maken Bonferroni mogelijk.`;
  const note = html`<p id="lisa-correction-note" class="kpi-note" data-used=${used}>
    ${check.feasible ? "" : reason} ${used !== chosen ? ` Daarom is ${LISA_CORRECTION_LABELS[used]} gebruikt.` : ""}
    ${used === "none" ? `Zonder correctie zijn bij ${formatInt(tests)} toetsen op niveau ${formatAlpha(alpha)} ongeveer ${formatInt(tests * alpha)} gebieden toevallig „significant”.` : ""}
  </p>`;
  return {used, note};
}
