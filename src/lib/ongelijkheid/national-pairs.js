// The LISA runs on every area of the country with its real neighbours, and then reports the
// selection: computing it on the selection alone would cut the neighbour lists at the region's
// border (edge effects) and compare areas only with the region's own distribution.
import {remember} from "../memo.js";
import {EMPTY_REGION, regionPredicate} from "../region.js";
import {sesPairs} from "./queries.js";

/**
 * A function (selection, pairs) → the pairs of the whole country for the same years, level and
 * minimum households: `pairs` itself when no region is chosen, else one query (remembered for the
 * last few settings).
 * @param {{query: (q: any) => Promise<any[]>}} db
 */
export function createNationalPairs(db) {
  const cache = new Map();
  /**
   * @param {{lbmYear: number, sesYear: number, level: string, region: any, minHouseholds: number}} selection pairsParams
   * @param {any[]} pairs the rows of sesPairs(selection)
   * @returns {Promise<any[]>}
   */
  return (selection, pairs) => {
    if (regionPredicate(selection.region).length === 0) return Promise.resolve(pairs);
    const national = {...selection, region: EMPTY_REGION};
    const key = JSON.stringify([national.lbmYear, national.sesYear, national.level, national.minHouseholds]);
    return remember(cache, key, () => db.query(sesPairs(national)), {limit: 4});
  };
}
