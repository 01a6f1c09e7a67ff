// One entry point for the correlations on the SES page: Pearson or Spearman, unweighted or
// weighted, with a 95% interval through Fisher's z. For Spearman the z variance is
// 1.06/(n − 3) (Fieller, Hartley & Pearson 1957); weighted estimates use Kish's effective n.
// (The headline figure additionally gets a bootstrap interval, computed in the worker.)
import {normalQuantile} from "./normal.js";
import {complete} from "./pairs.js";
import {averageRanks} from "./rank.js";
import {effectiveSize, weightedPearson} from "./weighted.js";

/** Weighted mid-ranks (weight below the tie group plus half of it); plain mid-ranks − ½ when all weights are 1. */
export function weightedRanks(values, weights) {
  const order = Array.from(values, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(values.length);
  let below = 0;
  for (let s = 0; s < order.length; ) {
    let e = s, group = 0;
    while (e < order.length && values[order[e]] === values[order[s]]) group += weights[order[e++]];
    for (let q = s; q < e; ++q) ranks[order[q]] = below + group / 2;
    below += group;
    s = e;
  }
  return ranks;
}

/** Fisher-z interval with a chosen variance factor (1 for Pearson, 1.06 for Spearman). */
export function fisherZInterval(r, n, {varianceFactor = 1, level = 0.95} = {}) {
  if (!(n > 3) || !Number.isFinite(r) || Math.abs(r) >= 1) return [NaN, NaN];
  const z = Math.atanh(r), half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(varianceFactor / (n - 3));
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

/**
 * {r, n, lower, upper, effectiveN} for paired values; pairs with a missing member (or weight) are skipped.
 * method: "pearson" | "spearman"; weights: array of non-negative weights or null.
 * @param {ArrayLike<number | null>} xs
 * @param {ArrayLike<number | null>} ys
 * @param {{method?: string, weights?: ArrayLike<number | null> | null}} [options]
 */
export function correlate(xs, ys, {method = "pearson", weights = null} = {}) {
  const {x, y, w} = complete(xs, ys, weights ?? undefined);
  const n = x.length;
  if (n < 3) return {r: NaN, n, lower: NaN, upper: NaN, effectiveN: n};
  const ones = w ?? new Array(n).fill(1);
  let a = x, b = y;
  if (method === "spearman") {
    a = w ? weightedRanks(x, w) : averageRanks(x);
    b = w ? weightedRanks(y, w) : averageRanks(y);
  } else if (method !== "pearson") throw new Error(`Onbekende correlatiemaat ${JSON.stringify(method)}`);
  const {r} = weightedPearson(a, b, ones);
  const effectiveN = w ? effectiveSize(w) : n;
  const [lower, upper] = fisherZInterval(r, effectiveN, {varianceFactor: method === "spearman" ? 1.06 : 1});
  return {r, n, lower, upper, effectiveN};
}

/**
 * Correlation per group of rows: [{group, r, n, lower, upper, effectiveN}] for groups with at
 * least minN complete pairs. key, x, y, weight are accessors (row → value).
 */
export function correlationByGroup(rows, {key, x, y, weight = null, method = "pearson", minN = 10}) {
  const groups = new Map();
  for (const row of rows) {
    const g = key(row);
    if (g == null) continue;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(row);
  }
  const result = [];
  for (const [group, list] of groups) {
    const c = correlate(list.map(x), list.map(y), {method, weights: weight ? list.map(weight) : null});
    if (c.n >= minN) result.push({group, ...c});
  }
  return result;
}

/**
 * Correlations of every row measure with every column measure over the areas that have all of
 * them (listwise, so every cell rests on the same areas), ranking each measure only once for
 * Spearman. columns: {name: array}; returns [{row, column, r, n}].
 * @param {Record<string, ArrayLike<number | null>>} columns
 * @param {string[]} rowNames
 * @param {string[]} columnNames
 * @param {{method?: string, weights?: ArrayLike<number> | null}} [options]
 */
export function correlationTable(columns, rowNames, columnNames, {method = "pearson", weights = null} = {}) {
  const names = [...new Set([...rowNames, ...columnNames])];
  const length = columns[names[0]].length;
  const keep = [];
  for (let i = 0; i < length; ++i) {
    if (weights && !(weights[i] > 0)) continue;
    if (names.every((name) => columns[name][i] != null && !Number.isNaN(columns[name][i]))) keep.push(i);
  }
  const w = weights ? keep.map((i) => weights[i]) : new Array(keep.length).fill(1);
  const values = {};
  for (const name of names) {
    const v = keep.map((i) => columns[name][i]);
    values[name] = method === "spearman" ? (weights ? weightedRanks(v, w) : averageRanks(v)) : v;
  }
  return rowNames.flatMap((row) => columnNames.map((column) => ({row, column, r: weightedPearson(values[column], values[row], w).r, n: keep.length})));
}
