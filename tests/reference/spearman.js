import {pearson} from "../../src/lib/stats/correlation.js";
import {averageRanks} from "../../src/lib/stats/rank.js";
import {complete} from "../../src/lib/stats/pairs.js";

/**
 * Spearman's rho: Pearson's r of average ranks, which is exact with ties
 * (the 1 − 6Σd²/(n(n²−1)) shortcut is not). Pairs with a missing member are skipped.
 */
export function spearman(xs, ys) {
  const {x, y} = complete(xs, ys);
  if (x.length < 2) return {r: NaN, n: x.length};
  return pearson(averageRanks(x), averageRanks(y));
}
