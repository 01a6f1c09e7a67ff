// Standardisation of indicators before they are combined: z-scores or rank scores, with the
// reference distribution taken from a subset (the gemeenten with a reliable onveiligheid estimate)
// and applied to every gemeente, so that the index map can also show the others on the same scale.
import {isNumber} from "../stats/is-number.js";

export const STANDARDISATIONS = [
  {id: "z", label: "z-score (afwijking van het gemiddelde in standaarddeviaties)"},
  {id: "rank", label: "rangpercentiel (0 = laagste, 1 = hoogste)"},
];
export const STANDARDISATION_IDS = STANDARDISATIONS.map((d) => d.id);

function referenceValues(values, reference) {
  const out = [];
  for (let i = 0; i < values.length; ++i) {
    if (isNumber(values[i]) && (reference == null || reference[i])) out.push(values[i]);
  }
  return out;
}

/**
 * Mean and sample standard deviation of the reference values.
 * @param {ArrayLike<number | null>} values
 * @param {{reference?: ArrayLike<boolean> | null}} [options]
 */
export function referenceStats(values, {reference = null} = {}) {
  const ref = referenceValues(values, reference);
  const n = ref.length;
  if (n === 0) return {n, mean: NaN, sd: NaN};
  const mean = ref.reduce((s, v) => s + v, 0) / n;
  let ss = 0;
  for (const v of ref) ss += (v - mean) ** 2;
  return {n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN};
}

/**
 * (x − mean) / sd with mean and sample sd over the reference (a boolean per value; all when
 * omitted). Missing stays null; a constant indicator has no z-score (null), not 0.
 * @param {ArrayLike<number | null>} values
 * @param {{reference?: ArrayLike<boolean> | null}} [options]
 */
export function zScores(values, {reference = null} = {}) {
  const {mean, sd} = referenceStats(values, {reference});
  const ok = sd > 0;
  return Array.from(values, (v) => (isNumber(v) && ok ? (v - mean) / sd : null));
}

/**
 * Mid-rank of each value among the reference values (ties share the mean of their ranks), as a
 * percentile (rank − ½) / n. A value outside the reference is placed as if it were added.
 * @param {ArrayLike<number | null>} values
 * @param {{reference?: ArrayLike<boolean> | null}} [options]
 */
export function rankScores(values, {reference = null} = {}) {
  const ref = referenceValues(values, reference).sort((a, b) => a - b);
  const n = ref.length;
  return Array.from(values, (v) => {
    if (!isNumber(v) || n === 0) return null;
    const below = lowerBound(ref, v);
    const equal = lowerBound(ref, v, true) - below;
    const inReference = equal > 0;
    // In the reference, the tied block occupies ranks below+1 … below+equal.
    const midRank = inReference ? below + (equal + 1) / 2 : below + 0.5;
    return (midRank - 0.5) / n;
  });
}

// First index whose value is >= v (or > v when `strict`), in a sorted array.
function lowerBound(sorted, v, strict = false) {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function standardize(values, method, options) {
  if (method === "z") return zScores(values, options);
  if (method === "rank") return rankScores(values, options);
  throw new Error(`Onbekende standaardisatie ${JSON.stringify(method)}; kies uit ${STANDARDISATION_IDS.join(", ")}`);
}
