// The areas a statistic rests on. The pairs come as columns (pairColumns) with NaN for missing;
// the subsets here are taken once per control setting, so that the correlation method can change
// without redoing them, and stay the same arrays, so that ranks are computed once per subset.
import {take} from "../stats/pairs.js";
import {simpleRegression} from "../stats/regression.js";
import {splitByGroup} from "../stats/correlate.js";

const present = (v) => !Number.isNaN(v);

/** The household counts when weighting by households, else null. */
export const weightColumn = (columns, weighting) => (weighting === "households" ? columns.households : null);

/**
 * The complete cases of one SES measure against one LBM measure: the areas with both and (when
 * weighted) more than 0 households.
 * @param {any[]} pairs the rows of sesPairs
 * @param {Record<string, Float64Array>} columns pairColumns(pairs)
 * @param {{sesMeasure: string, lbmMeasure: string, weighting: string}} choice
 * @returns {{rows: any[], ses: Float64Array, lbm: Float64Array, weights: Float64Array | null, gemeenten: string[], dropped: number, line: ReturnType<typeof simpleRegression>}}
 *   rows and the columns in the same order (gemeenten: the clusters of the interval, see stats/cluster-robust.js); dropped: areas with the LBM measure left out;
 *   line: the least-squares line of LBM on SES over every area with both (unweighted, so
 *   including areas without households).
 */
export function completeCases(pairs, columns, {sesMeasure, lbmMeasure, weighting}) {
  const weights = weightColumn(columns, weighting);
  const ses = columns[sesMeasure],
    lbm = columns[lbmMeasure];
  const index = [];
  let withLbm = 0;
  for (let i = 0; i < pairs.length; ++i) {
    if (!present(lbm[i])) continue;
    ++withLbm;
    if (present(ses[i]) && (!weights || weights[i] > 0)) index.push(i);
  }
  return {
    rows: index.map((i) => pairs[i]),
    ses: take(ses, index),
    lbm: take(lbm, index),
    weights: weights && take(weights, index),
    gemeenten: index.map((i) => pairs[i].gemeente_code),
    dropped: withLbm - index.length,
    line: simpleRegression(ses, lbm),
  };
}

/**
 * The complete cases split by a field of their rows ("size_class", "corop_code", …): Map group →
 * {x: SES, y: LBM, w, c: the gemeente of every case}, for correlateGroups and the clustered interval.
 * @param {ReturnType<typeof completeCases>} cases
 * @param {string} field
 */
export function splitCases(cases, field) {
  const keys = cases.rows.map((d) => d[field]);
  const split = splitByGroup(keys, cases.ses, cases.lbm, cases.weights);
  const clusters = new Map([...split.keys()].map((g) => [g, []]));
  keys.forEach((g, i) => clusters.get(g)?.push(cases.gemeenten[i]));
  for (const [g, group] of split) Object.assign(group, {c: clusters.get(g)});
  return /** @type {Map<any, {x: Float64Array, y: Float64Array, w: Float64Array | null, c: string[]}>} */ (split);
}

/**
 * The areas with the LBM measure, the SES level (ses_total) and the SES spread (and households
 * when weighted), as columns.
 * @param {Record<string, Float64Array>} columns pairColumns of the pairs
 * @param {{lbmMeasure: string, weighting: string}} choice
 * @returns {{total: Float64Array, spread: Float64Array, lbm: Float64Array, weights: Float64Array | null}}
 */
export function spreadCases(columns, {lbmMeasure, weighting}) {
  const weights = weightColumn(columns, weighting);
  const {ses_total: total, ses_spread: spread} = columns,
    lbm = columns[lbmMeasure];
  const index = [];
  for (let i = 0; i < lbm.length; ++i) {
    if (present(lbm[i]) && present(spread[i]) && present(total[i]) && (!weights || weights[i] > 0)) index.push(i);
  }
  return {
    total: take(total, index),
    spread: take(spread, index),
    lbm: take(lbm, index),
    weights: weights && take(weights, index),
  };
}

/**
 * The pairs with both SES level and SES spread (whatever their LBM), for the spread-against-level chart.
 * @param {any[]} pairs
 */
export const spreadLevelRows = (pairs) => pairs.filter((d) => d.ses_spread != null && d.ses_total != null);

/**
 * The number of areas in the largest group of a split (0 for none), for the too-few state when no
 * group reaches the minimum.
 * @param {Map<any, {x: ArrayLike<number>}>} split
 */
export const largestGroup = (split) => Math.max(0, ...[...split.values()].map((d) => d.x.length));
