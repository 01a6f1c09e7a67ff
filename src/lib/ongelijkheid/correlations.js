// The page's correlations, all through one rank cache: Spearman ranks each column array once,
// so switching Pearson ↔ Spearman and back does not rank 13,000 values again.
import {LBM_MEASURE_LABELS} from "../labels.js";
import {standardizedRegression} from "../stats/regression.js";
import {correlate, correlateGroups, correlationTable, ranksOf} from "../stats/correlate.js";
import {clusteredCorrelation} from "../stats/cluster-robust.js";
import {weightColumn} from "./cases.js";
import {SES_SHORT_LABELS} from "./labels.js";
import {LBM_MEASURE_IDS, SES_MEASURE_IDS} from "./queries.js";

/**
 * @typedef {{r: number, n: number, lower: number, upper: number, effectiveN: number}} Correlation
 * @typedef {{method: string, weights?: ArrayLike<number> | null}} CorrelationChoice
 */

/**
 * Correlation functions that share one rank cache (keyed weakly by the column arrays; the arrays
 * must not change afterwards).
 */
export function createCorrelator() {
  const ranks = new WeakMap();
  /**
   * The gemeente-clustered correlation (the site's primary interval; see stats/cluster-robust.js),
   * on (weighted) mid-ranks for Spearman.
   * @param {Float64Array} x
   * @param {Float64Array} y
   * @param {ArrayLike<string>} clusters
   * @param {CorrelationChoice} choice
   */
  const clustered = (x, y, clusters, {method, weights = null}) =>
    method === "spearman"
      ? clusteredCorrelation(ranksOf(x, weights, ranks), ranksOf(y, weights, ranks), clusters, {weights})
      : clusteredCorrelation(x, y, clusters, {weights});
  return {
    clustered,
    /**
     * Correlation of two columns with its Fisher interval.
     * @param {ArrayLike<number>} x
     * @param {ArrayLike<number>} y
     * @param {CorrelationChoice} choice
     * @returns {Correlation}
     */
    pair: (x, y, {method, weights = null}) => correlate(x, y, {method, weights, cache: ranks}),
    /**
     * [{group, label, r, n, lower, upper, fisherLower, fisherUpper, clustered}] for the groups of
     * splitCases with at least minN areas: lower and upper are the gemeente-clustered interval when
     * the groups carry their gemeenten (c), else Fisher's.
     * @param {Map<any, {x: Float64Array, y: Float64Array, w: Float64Array | null, c?: ArrayLike<string>}>} split
     * @param {{method: string, minN: number, label?: (group: any) => string}} options
     */
    groups: (split, {method, minN, label = String}) =>
      correlateGroups(split, {method, minN, cache: ranks}).map((d) => {
        const {x, y, w, c} = split.get(d.group);
        const fisher = {fisherLower: d.lower, fisherUpper: d.upper};
        if (!c) return {...d, ...fisher, label: label(d.group), clustered: null};
        const cr = clustered(x, y, c, {method, weights: w});
        return {...d, ...fisher, lower: cr.lower, upper: cr.upper, label: label(d.group), clustered: cr};
      }),
    /**
     * correlationTable over the areas that have every measure.
     * @param {Record<string, ArrayLike<number>>} columns
     * @param {string[]} rows
     * @param {string[]} columnNames
     * @param {CorrelationChoice} choice
     */
    table: (columns, rows, columnNames, {method, weights = null}) =>
      correlationTable(columns, rows, columnNames, {method, weights, cache: ranks}),
  };
}

/** @typedef {ReturnType<typeof createCorrelator>} Correlator */

/**
 * Every LBM measure against every SES measure, as the matrix shows them: cells with display names
 * (row, column) and ids (lbm, ses), and the row and column names in display order.
 * @param {Correlator} correlator
 * @param {Record<string, Float64Array>} columns pairColumns of the pairs
 * @param {{method: string, weighting: string}} choice
 * SES measures without any value (a source without part scores) are left out, so that they do not
 * empty the whole matrix (it uses the areas that have every measure).
 */
export function correlationMatrixCells(correlator, columns, {method, weighting}) {
  const sesIds = SES_MEASURE_IDS.filter((id) => columns[id].some((v) => !Number.isNaN(v)));
  const cells = correlator
    .table(columns, LBM_MEASURE_IDS, sesIds, {method, weights: weightColumn(columns, weighting)})
    .map(({row, column, r, n}) => ({
      row: LBM_MEASURE_LABELS[row],
      column: SES_SHORT_LABELS[column],
      r,
      n,
      lbm: row,
      ses: column,
    }));
  return {
    cells,
    rows: LBM_MEASURE_IDS.map((id) => LBM_MEASURE_LABELS[id]),
    columns: sesIds.map((id) => SES_SHORT_LABELS[id]),
  };
}

/**
 * Level against spread of SES: the standardised coefficients of one regression of LBM on both, and
 * its R², from the three correlations between them. Standardised coefficients are Rxx⁻¹·rxy, so
 * built from the cards' own correlations the regression follows their choices: household-weighted
 * correlations give the weighted (WLS) regression, Spearman's the regression on ranks.
 * @param {{levelLbm: Correlation, spreadLbm: Correlation, spreadLevel: Correlation}} correlations levelAndSpreadCorrelations
 * @returns {{coefficients: number[], r2: number, n: number}}
 */
export function levelAndSpreadRegression({levelLbm, spreadLbm, spreadLevel}) {
  const [a, b, c] = [levelLbm.r, spreadLbm.r, spreadLevel.r];
  const det = 1 - c * c;
  if (!(Math.abs(det) > 1e-12)) return {coefficients: [NaN, NaN], r2: NaN, n: levelLbm.n};
  const coefficients = [(a - c * b) / det, (b - c * a) / det];
  return {coefficients, r2: coefficients[0] * a + coefficients[1] * b, n: levelLbm.n};
}

/**
 * The spread cards' numbers: the three correlations and the regression built from them.
 * @param {Correlator} correlator
 * @param {{total: Float64Array, spread: Float64Array, lbm: Float64Array, weights: Float64Array | null}} cases spreadCases
 * @param {string} method
 */
export function levelAndSpread(correlator, cases, method) {
  const correlations = levelAndSpreadCorrelations(correlator, cases, method);
  return {correlations, regression: levelAndSpreadRegression(correlations)};
}

/**
 * The three correlations between SES level, SES spread and LBM over the same areas.
 * @param {Correlator} correlator
 * @param {{total: Float64Array, spread: Float64Array, lbm: Float64Array, weights: Float64Array | null}} cases spreadCases
 * @param {string} method
 * @returns {{levelLbm: Correlation, spreadLbm: Correlation, spreadLevel: Correlation}}
 */
export function levelAndSpreadCorrelations(correlator, {total, spread, lbm, weights}, method) {
  return {
    spreadLevel: correlator.pair(total, spread, {method, weights}),
    levelLbm: correlator.pair(total, lbm, {method, weights}),
    spreadLbm: correlator.pair(spread, lbm, {method, weights}),
  };
}
