// Ranking with ties: standard competition ranking ("1, 2, 2, 4"), highest value first.
import {isNumber} from "../stats/is-number.js";

// Weighted means of equal z-scores can differ in the last bits; treat such values as tied.
const RELATIVE_TOLERANCE = 1e-9;
const tied = (a, b) => Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Rank of each value (1 = highest) among the values where `include` is true (all when omitted);
 * missing or excluded values get null. Equal values share the best rank, the next rank skips.
 * @param {ArrayLike<number | null>} values
 * @param {{include?: ArrayLike<boolean> | null}} [options]
 */
export function competitionRanks(values, {include = null} = {}) {
  const order = [];
  for (let i = 0; i < values.length; ++i) if (isNumber(values[i]) && (include == null || include[i])) order.push(i);
  order.sort((a, b) => values[b] - values[a]);
  const ranks = new Array(values.length).fill(null);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] = position > 0 && tied(values[previous], values[i]) ? ranks[previous] : position + 1;
  });
  return ranks;
}

/**
 * Rows sorted by rank, ties by `tieBreak` (a name comparator by default), for tables.
 * @template T
 * @param {T[]} rows
 * @param {(row: T) => number | null} rankOf
 */
export function sortByRank(
  rows,
  rankOf,
  tieBreak = (a, b) => String(a.name ?? "").localeCompare(String(b.name ?? ""), "nl"),
) {
  return rows.filter((row) => rankOf(row) != null).sort((a, b) => rankOf(a) - rankOf(b) || tieBreak(a, b));
}

/**
 * The rows ranked topN or better (ties at the cut-off included, so there may be more than topN).
 * @template {{rank: number | null}} T
 * @param {T[]} ranked
 * @param {number} topN
 */
export const topRanked = (ranked, topN) => ranked.filter((d) => d.rank <= topN);
