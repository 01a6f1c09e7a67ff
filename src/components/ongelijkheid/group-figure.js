// The correlation per group with its gemeente-clustered interval, and the sentence that tests the
// report's "stronger in large cities" on those intervals.
import {html} from "htl";
import {formatDecimal} from "../../lib/format.js";
import {groupContrast} from "../../lib/ongelijkheid/group-contrast.js";
import {pValuePhrase} from "../../lib/ongelijkheid/labels.js";
import {correlationDots} from "./correlation-dots.js";

/**
 * #ses-group-contrast: data-p (clustered) and data-naive-p.
 * @param {ReturnType<typeof groupContrast>} contrast
 */
export function groupContrastNote(contrast) {
  if (!contrast) return html`<p id="ses-group-contrast">Minder dan twee groepen: er valt niets te vergelijken.</p>`;
  const {first, last, clustered, naive} = contrast;
  const verdict =
    clustered && clustered.p < 0.05
      ? `Het verschil houdt stand als buurten binnen één gemeente niet als onafhankelijk tellen (${pValuePhrase(clustered.p)}).`
      : `Als buurten binnen één gemeente niet als onafhankelijk tellen, is dat verschil niet aangetoond (${clustered ? pValuePhrase(clustered.p) : "te weinig gemeenten"}).`;
  return html`<p id="ses-group-contrast" data-p=${clustered?.p ?? ""} data-naive-p=${naive.p}>
    ${first.label}: r = ${formatDecimal(first.r, 2)}; ${last.label}: r = ${formatDecimal(last.r, 2)} (verschil
    ${formatDecimal(first.r - last.r, 2)}). ${verdict} De gewone toets, die elk gebied als onafhankelijk telt, geeft
    ${pValuePhrase(naive.p)}.
  </p>`;
}

/**
 * The dots with intervals (#ses-groups) and the contrast sentence.
 * @param {any[]} rows correlator.groups
 * @param {{grouping: string, caption: string}} view
 */
export function groupFigure(rows, {grouping, caption}) {
  return html`<figure id="ses-groups">
      ${correlationDots(rows)}
      <figcaption>${caption}</figcaption>
    </figure>
    ${groupContrastNote(groupContrast(rows, grouping))}`;
}
