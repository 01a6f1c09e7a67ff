// Row shaping for the profile's tables and charts.
import {DIMENSIONS} from "../registry.js";
import {SCORE_COLUMNS} from "./queries.js";

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

const SCOPES = ["gemeente", "national", "peers"];

/**
 * Risers, fallers and the rest of the weak areas in the gemeente, its peers and the country: their
 * number and mean change of afw and of each dimension, weighted by w as the definition says (null
 * where the weights add up to zero): {scope, grp, n, afw, won, …} by scope and group. Counted from
 * the national weakAreas rows, so that a gemeente or peer change needs no query.
 * @param {any[]} weakRows weakAreas rows: {gemeente_code, grp, w, d_afw, d_won, …}
 * @param {{gemeente: string, peers: readonly string[]}} options
 * @returns {Record<string, any>[]}
 */
export function riserComparison(weakRows, {gemeente, peers}) {
  const peerSet = new Set(peers);
  const sums = new Map();
  const add = (scope, row) => {
    const key = `${scope}\t${row.grp}`;
    let s = sums.get(key);
    if (!s) sums.set(key, (s = {scope, grp: row.grp, n: 0, w: 0, wd: SCORE_COLUMNS.map(() => 0)}));
    s.n += 1;
    s.w += row.w;
    SCORE_COLUMNS.forEach((c, i) => (s.wd[i] += row.w * row[`d_${c}`]));
  };
  for (const row of weakRows) {
    add("national", row);
    if (row.gemeente_code === gemeente) add("gemeente", row);
    if (peerSet.has(row.gemeente_code)) add("peers", row);
  }
  return [...sums.values()]
    .sort((a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || (a.grp < b.grp ? -1 : a.grp > b.grp ? 1 : 0))
    .map(({scope, grp, n, w, wd}) => ({
      scope,
      grp,
      n,
      ...Object.fromEntries(SCORE_COLUMNS.map((c, i) => [c, w ? wd[i] / w : null])),
    }));
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
