// One entry point for the correlations on the SES page: Pearson or Spearman, unweighted or
// weighted, with a 95% interval through Fisher's z. For Spearman the z variance is
// 1.06/(n − 3) (Fieller, Hartley & Pearson 1957); weighted estimates use Kish's effective n.
// (The headline figure additionally gets a bootstrap interval, computed in the worker.)
import {normalQuantile} from "./normal.js";
import {complete, take} from "./pairs.js";
import {averageRanks, sortedIndexes} from "./rank.js";
import {effectiveSize, weightedPearson} from "./weighted.js";

/** Weighted mid-ranks (weight below the tie group plus half of it); plain mid-ranks − ½ when all weights are 1. */
export function weightedRanks(values, weights) {
  const order = sortedIndexes(values);
  const ranks = new Float64Array(values.length);
  let below = 0;
  for (let s = 0; s < order.length;) {
    let e = s,
      group = 0;
    while (e < order.length && values[order[e]] === values[order[s]]) group += weights[order[e++]];
    for (let q = s; q < e; ++q) ranks[order[q]] = below + group / 2;
    below += group;
    s = e;
  }
  return ranks;
}

/**
 * Ranks of `values` (weighted when `weights`), remembered in `cache` (a WeakMap the caller owns)
 * per values array and weights array: a page that switches between Pearson and Spearman over the
 * same columns ranks each column once. Only for arrays that are not changed afterwards.
 */
export function ranksOf(values, weights, cache) {
  const compute = () => (weights ? weightedRanks(values, weights) : averageRanks(values));
  if (!cache) return compute();
  let byWeights = cache.get(values);
  if (!byWeights) cache.set(values, (byWeights = new Map()));
  let ranks = byWeights.get(weights ?? null);
  if (!ranks) byWeights.set(weights ?? null, (ranks = compute()));
  return ranks;
}

/** Fisher-z interval with a chosen variance factor (1 for Pearson, 1.06 for Spearman). */
export function fisherZInterval(r, n, {varianceFactor = 1, level = 0.95} = {}) {
  if (!(n > 3) || !Number.isFinite(r) || Math.abs(r) >= 1) return [NaN, NaN];
  const z = Math.atanh(r),
    half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(varianceFactor / (n - 3));
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

/**
 * {r, n, lower, upper, effectiveN} for paired values; pairs with a missing member (or weight) are skipped.
 * method: "pearson" | "spearman"; weights: array of non-negative weights or null; cache: a
 * WeakMap for ranks, used when the inputs are complete Float64Arrays (see ranksOf).
 * @param {ArrayLike<number | null>} xs
 * @param {ArrayLike<number | null>} ys
 * @param {{method?: string, weights?: ArrayLike<number | null> | null, cache?: WeakMap<object, any> | null}} [options]
 */
export function correlate(xs, ys, {method = "pearson", weights = null, cache = null} = {}) {
  const {x, y, w} = complete(xs, ys, weights ?? undefined);
  const n = x.length;
  if (n < 3) return {r: NaN, n, lower: NaN, upper: NaN, effectiveN: n};
  const ones = w ?? new Float64Array(n).fill(1);
  let a = x,
    b = y;
  if (method === "spearman") {
    // complete() hands back the inputs themselves when nothing is missing: only then is the cache keyed by the caller's arrays.
    const useCache = cache && x === xs && y === ys ? cache : null;
    a = ranksOf(x, w, useCache);
    b = ranksOf(y, w, useCache);
  } else if (method !== "pearson") throw new Error(`Onbekende correlatiemaat ${JSON.stringify(method)}`);
  const {r} = weightedPearson(a, b, ones);
  const effectiveN = w ? effectiveSize(w) : n;
  const [lower, upper] = fisherZInterval(r, effectiveN, {varianceFactor: method === "spearman" ? 1.06 : 1});
  return {r, n, lower, upper, effectiveN};
}

/**
 * Complete cases split by group, as Float64Arrays: Map group → {x, y, w}. keys, xs, ys, ws are
 * parallel arrays (ws may be null); rows with a null key, a missing value or a weight ≤ 0 are left out.
 * Splitting once lets a page recompute the per-group correlations for another method cheaply.
 * @param {ArrayLike<any>} keys
 * @param {ArrayLike<number | null>} xs
 * @param {ArrayLike<number | null>} ys
 * @param {ArrayLike<number | null> | null} [ws]
 * @returns {Map<any, {x: Float64Array, y: Float64Array, w: Float64Array | null}>}
 */
export function splitByGroup(keys, xs, ys, ws = null) {
  const index = new Map();
  for (let i = 0; i < keys.length; ++i) {
    const g = keys[i];
    if (g == null) continue;
    const x = xs[i],
      y = ys[i];
    if (x == null || Number.isNaN(x) || y == null || Number.isNaN(y) || (ws && !(ws[i] > 0))) continue;
    let list = index.get(g);
    if (!list) index.set(g, (list = []));
    list.push(i);
  }
  const groups = new Map();
  for (const [g, rows] of index) {
    const m = rows.length,
      x = new Float64Array(m),
      y = new Float64Array(m),
      w = ws ? new Float64Array(m) : null;
    for (let k = 0; k < m; ++k) {
      const i = rows[k];
      ((x[k] = xs[i]), (y[k] = ys[i]));
      if (w) w[k] = ws[i];
    }
    groups.set(g, {x, y, w});
  }
  return groups;
}

/**
 * [{group, r, n, lower, upper, effectiveN}] for groups from splitByGroup with at least minN pairs.
 * @param {Map<any, {x: Float64Array, y: Float64Array, w: Float64Array | null}>} groups
 * @param {{method?: string, minN?: number, cache?: WeakMap<object, any> | null}} [options]
 */
export function correlateGroups(groups, {method = "pearson", minN = 10, cache = null} = {}) {
  const result = [];
  for (const [group, {x, y, w}] of groups) {
    if (x.length < minN) continue;
    const c = correlate(x, y, {method, weights: w, cache});
    if (c.n >= minN) result.push({group, ...c});
  }
  return result;
}

/**
 * Correlations of every row measure with every column measure over the areas that have all of
 * them (listwise, so every cell rests on the same areas), ranking each measure only once for
 * Spearman. columns: {name: array}; returns [{row, column, r, n}]. With `cache` (a WeakMap the
 * caller owns), the listwise subset and the ranks are kept per columns object and weights, so
 * switching the method back and forth does not redo them; the columns must not change afterwards.
 * @param {Record<string, ArrayLike<number | null>>} columns
 * @param {string[]} rowNames
 * @param {string[]} columnNames
 * @param {{method?: string, weights?: ArrayLike<number> | null, cache?: WeakMap<object, any> | null}} [options]
 */
export function correlationTable(
  columns,
  rowNames,
  columnNames,
  {method = "pearson", weights = null, cache = null} = {},
) {
  const names = [...new Set([...rowNames, ...columnNames])];
  const {n, w, values} = listwise(columns, names, weights, cache);
  const used = {};
  for (const name of names)
    used[name] = method === "spearman" ? ranksOf(values[name], weights ? w : null, cache) : values[name];
  return rowNames.flatMap((row) =>
    columnNames.map((column) => ({row, column, r: weightedPearson(used[column], used[row], w).r, n})),
  );
}

/** The areas with every named column present (and weight > 0): {n, w, values: {name: Float64Array}}. */
function listwise(columns, names, weights, cache) {
  let byWeights = cache?.get(columns);
  if (cache && !byWeights) cache.set(columns, (byWeights = new Map()));
  let byNames = byWeights?.get(weights ?? null);
  if (byWeights && !byNames) byWeights.set(weights ?? null, (byNames = new Map()));
  const key = names.join("\u0000");
  if (byNames?.has(key)) return byNames.get(key);
  const length = columns[names[0]].length;
  const keep = [];
  for (let i = 0; i < length; ++i) {
    if (weights && !(weights[i] > 0)) continue;
    if (names.every((name) => columns[name][i] != null && !Number.isNaN(columns[name][i]))) keep.push(i);
  }
  const w = weights ? take(weights, keep) : new Float64Array(keep.length).fill(1);
  const values = {};
  for (const name of names) values[name] = take(columns[name], keep);
  const subset = {n: keep.length, w, values};
  byNames?.set(key, subset);
  return subset;
}
