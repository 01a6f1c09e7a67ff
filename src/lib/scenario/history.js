// What buurten actually achieved in the past: the change of the total score between two years,
// grouped by the class they started in. Everything the page compares a gap with comes from here.
import {DIMENSION_IDS} from "../registry.js";
import {roundScore} from "./classes.js";

/**
 * The p-quantile of ascending numbers with linear interpolation between order statistics
 * (Hyndman & Fan type 7: R's default, numpy's "linear", DuckDB's quantile_cont). Null when empty.
 * @param {ArrayLike<number>} sorted ascending
 * @param {number} p in [0, 1]
 */
export function quantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Share of the values strictly below x (x sits at that percentile of the distribution), by binary
 * search in ascending values. Null when empty.
 * @param {ArrayLike<number>} sorted ascending
 * @param {number} x
 */
export function shareBelow(sorted, x) {
  const n = sorted.length;
  if (n === 0) return null;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo / n;
}

/**
 * Per start class: the historical changes of the total score (ascending), their quantiles, and
 * the mean change of each dimension among the buurten of that class that ended at or above the
 * target class ("achievers": the improvements the target asks for). `rows` are historyQuery rows:
 * {start_class, end_class, d_lbm, d_won, d_fys, d_vrz, d_soc, d_onv}.
 * @param {Iterable<any>} rows
 * @param {{targetClass: number, percentiles: readonly number[]}} options
 * @returns {Map<number, {startClass: number, n: number, changes: Float64Array, quantiles: (number | null)[], achievers: number, dimensions: Record<string, number | null>}>}
 */
export function historyByClass(rows, {targetClass, percentiles}) {
  const groups = new Map();
  for (const row of rows) {
    if (row.start_class == null || row.d_lbm == null) continue;
    let group = groups.get(row.start_class);
    if (!group) {
      group = {changes: [], achievers: 0, sums: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0]))};
      groups.set(row.start_class, group);
    }
    // Rounded like the scores, so "changed at least the gap" agrees with "reached the bound".
    group.changes.push(roundScore(row.d_lbm));
    if (row.end_class >= targetClass) {
      group.achievers += 1;
      for (const d of DIMENSION_IDS) group.sums[d] += row[`d_${d}`];
    }
  }
  const out = new Map();
  for (const [startClass, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    const changes = Float64Array.from(group.changes).sort();
    out.set(startClass, {
      startClass,
      n: changes.length,
      changes,
      quantiles: percentiles.map((p) => quantileSorted(changes, p)),
      achievers: group.achievers,
      dimensions: Object.fromEntries(
        DIMENSION_IDS.map((d) => [d, group.achievers ? group.sums[d] / group.achievers : null]),
      ),
    });
  }
  return out;
}
