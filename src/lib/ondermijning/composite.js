// The ondermijning index: a weighted mean of standardised indicators, per gemeente.
import {isNumber} from "../stats/is-number.js";

/**
 * index_g = Σ w_i · s_ig / Σ w_i over the chosen indicators (weights > 0).
 * `scores` maps indicator id → array of standardised values (one per gemeente); `weights` is
 * [{id, weight}]. A gemeente missing any chosen indicator gets null (complete cases only), so a
 * partly covered indicator never silently shifts someone's index.
 */
export function compositeIndex(scores, weights) {
  const used = weights.filter((w) => isNumber(w.weight) && w.weight > 0);
  for (const {id} of used) if (!scores[id]) throw new Error(`Geen scores voor indicator ${JSON.stringify(id)}`);
  const length = Object.values(scores)[0]?.length ?? 0;
  const total = used.reduce((s, w) => s + w.weight, 0);
  const index = new Array(length).fill(null);
  if (!used.length) return index;
  for (let g = 0; g < length; ++g) {
    let sum = 0;
    let complete = true;
    for (const {id, weight} of used) {
      const s = scores[id][g];
      if (!isNumber(s)) {
        complete = false;
        break;
      }
      sum += weight * s;
    }
    if (complete) index[g] = sum / total;
  }
  return index;
}

/** The chosen weights as shares of their total, for the Methode text. */
export function weightShares(weights) {
  const used = weights.filter((w) => isNumber(w.weight) && w.weight > 0);
  const total = used.reduce((s, w) => s + w.weight, 0);
  return used.map((w) => ({...w, share: w.weight / total}));
}
