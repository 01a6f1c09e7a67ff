// Scores and classes exactly as the data contract defines them: lbm = lbm_base + afw, afw = the
// sum of the five dimensions (in registry order, as the pipeline adds them), and
// class = 1 + the number of class lower bounds at or below lbm (provenance.class_lower_bounds).
import {DIMENSION_IDS} from "../registry.js";

// A score that lands on a bound in decimal arithmetic (4.10 + 0.05) may come out of floating point
// a hair below it (4.1499999…); rounding to 10 decimals first counts it as reaching the bound.
// The published dimensions have 4 decimals, so this never moves a real score across a bound.
const DECIMALS = 1e10;
export const roundScore = (x) => Math.round(x * DECIMALS) / DECIMALS;

/**
 * The class (1–9) of a total score; null for a missing score.
 * @param {number | null} lbm
 * @param {readonly number[]} lowerBounds lower bounds of classes 2..9, ascending
 */
export function classOfScore(lbm, lowerBounds) {
  if (lbm == null || !Number.isFinite(lbm)) return null;
  const score = roundScore(lbm);
  let cls = 1;
  for (const bound of lowerBounds) if (score >= bound) cls += 1;
  return cls;
}

/**
 * The lowest total score of a class (class 1 has no lower bound: -Infinity).
 * @param {readonly number[]} lowerBounds
 * @param {number} cls
 */
export function classLowerBound(lowerBounds, cls) {
  if (!Number.isInteger(cls) || cls < 1 || cls > lowerBounds.length + 1)
    throw new Error(`Class ${cls} does not exist for ${lowerBounds.length} class bounds`);
  return cls === 1 ? -Infinity : lowerBounds[cls - 2];
}

/**
 * The total score of a row of dimension scores, each moved by `deltas[d]` (0 when absent):
 * lbm_base + sum of the dimensions. Null when a dimension is missing.
 * @param {Record<string, any>} row
 * @param {number} lbmBase
 * @param {Record<string, number>} [deltas]
 */
export function scoreFromDimensions(row, lbmBase, deltas = {}) {
  let afw = 0;
  for (const d of DIMENSION_IDS) {
    const value = row[d];
    if (value == null || !Number.isFinite(value)) return null;
    afw += value + (deltas[d] ?? 0);
  }
  return lbmBase + afw;
}

/**
 * The class bounds and base of the data in use, checked: the page must never classify against
 * bounds that do not fit the data.
 * @param {any} provenance
 * @returns {{lowerBounds: readonly number[], lbmBase: number}}
 */
export function scoreScale(provenance) {
  const lowerBounds = provenance?.class_lower_bounds;
  const lbmBase = provenance?.lbm_base;
  const ascending =
    Array.isArray(lowerBounds) &&
    lowerBounds.length > 0 &&
    lowerBounds.every((b, i) => Number.isFinite(b) && (i === 0 || b > lowerBounds[i - 1]));
  if (!ascending)
    throw new Error(`provenance.json class_lower_bounds must be ascending numbers, got ${JSON.stringify(lowerBounds)}`);
  if (!Number.isFinite(lbmBase)) throw new Error(`provenance.json lbm_base must be a number, got ${lbmBase}`);
  return Object.freeze({lowerBounds: Object.freeze([...lowerBounds]), lbmBase});
}
