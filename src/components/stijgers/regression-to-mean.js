// Next to the risers: how much of their rise the start score alone would predict.
import {html} from "htl";
import {formatDecimal, formatInt} from "../../lib/format.js";

/**
 * #stijgers-rtm (data-expected-risers, data-expected-change, data-shift).
 * @param {ReturnType<typeof import("../../lib/stijgers/regression-to-mean.js").regressionToMean>} rtm
 * @param {{unit: string, baseYear: number, endYear: number}} view unit: "buurten", "wijken" or "inwoners"
 */
export function regressionToMeanNote(rtm, {unit, baseYear, endYear}) {
  if (!rtm) return html`<p id="stijgers-rtm"></p>`;
  const f = (x) => formatDecimal(x, 3);
  return html`<p
    id="stijgers-rtm"
    class="kpi-note"
    data-expected-risers=${rtm.expectedRisers}
    data-expected-change=${rtm.expectedChange}
    data-shift=${rtm.shift}
  >
    <strong>Wat de startscore alleen al voorspelt.</strong> Wie laag begint, stijgt vaak vanzelf een stukje (regressie
    naar het gemiddelde): over alle ${formatInt(rtm.national)} gebieden van het land hangt de verandering
    ${baseYear}–${endYear} samen met de startscore (r = ${formatDecimal(rtm.correlation, 2)}), en alles schoof landelijk
    gemiddeld ${f(rtm.shift)} op. Alleen daardoor zou de selectie gemiddeld ${f(rtm.expectedChange)} veranderen en
    zouden er ongeveer ${formatInt(rtm.expectedRisers)} stijgers (${unit}) zijn; gemeten: ${f(rtm.meanChange)} en
    ${formatInt(rtm.risers)}. Alleen het verschil wijst op een echte verbetering.
  </p>`;
}
