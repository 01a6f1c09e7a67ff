// Row shaping for the profile's tables and charts.
import {DIMENSIONS} from "../registry.js";

/**
 * The dimension that moved most in the direction of the total change (d_afw): for a riser the
 * largest gain, for a faller the largest loss. {id, label, value} or null without a change.
 * @param {Record<string, any>} row a weakAreas row (d_afw, d_won, …); with prefix "" a riserComparison row
 * @param {{prefix?: string}} [options]
 */
export function mainDimension(row, {prefix = "d_"} = {}) {
  const sign = Math.sign(row[`${prefix}afw`] ?? 0);
  if (sign === 0) return null;
  let best = null;
  for (const d of DIMENSIONS) {
    const v = row[`${prefix}${d.id}`];
    if (v != null && sign * v > 0 && (best === null || sign * v > sign * best.value)) best = {...d, value: v};
  }
  return best;
}

/**
 * The riserComparison rows as {scope → {grp → row}} plus per scope the number of weak areas.
 * @param {any[]} rows
 */
export function comparisonByScope(rows) {
  const out = {};
  for (const row of rows) {
    out[row.scope] ??= {weak: 0, groups: {}};
    out[row.scope].groups[row.grp] = row;
    out[row.scope].weak += row.n;
  }
  return out;
}

/**
 * Rows of classTrend for one level with shares: {year, lbm_class, areas, share}.
 * @param {any[]} rows
 * @param {string} level
 */
export function classShares(rows, level) {
  const own = rows.filter((d) => d.level === level);
  const totals = new Map();
  for (const d of own) totals.set(d.year, (totals.get(d.year) ?? 0) + d.areas);
  return own.map((d) => ({year: d.year, lbm_class: d.lbm_class, areas: d.areas, share: d.areas / totals.get(d.year)}));
}

/**
 * The rows of one gemeente (buurtScores, weakAreas, quadrantAreas), in their order, without the gemeente column.
 * @param {any[]} rows
 * @param {string} gemeente
 */
export function rowsOfGemeente(rows, gemeente) {
  return rows.filter((d) => d.gemeente_code === gemeente).map(({gemeente_code, ...row}) => row);
}
