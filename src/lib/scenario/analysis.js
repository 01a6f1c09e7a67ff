// One trip down, one trip back: the page hands over the rows of its two queries and the settings,
// and gets everything it shows.
import {carrierRows, mainCarriers} from "./carriers.js";
import {gapRows, reachCounts} from "./gaps.js";
import {historyByClass} from "./history.js";
import {whatIfCounts, whatIfRows} from "./what-if.js";

/**
 * The buurten of one gemeente (buurtenQuery rows are national).
 * @param {any[]} buurten
 * @param {string | null} gemeente
 */
export const gemeenteBuurten = (buurten, gemeente) =>
  gemeente ? buurten.filter((b) => b.gemeente_code === gemeente) : [];

/**
 * The buurten the scenario is about: the chosen codes, or every buurt of the gemeente when none
 * is chosen (codes not in the gemeente are ignored).
 * @param {any[]} buurten buurtenQuery rows
 * @param {readonly string[] | null | undefined} codes
 */
export function selectBuurten(buurten, codes) {
  if (!codes?.length) return buurten;
  const chosen = new Set(codes);
  return buurten.filter((b) => chosen.has(b.code));
}

/**
 * @param {{buurten: any[], history: any[], scale: {lowerBounds: readonly number[], lbmBase: number},
 *   targetClass: number, percentiles: readonly number[], deltas: Record<string, number>}} input
 */
export function analyse({buurten, history, scale, targetClass, percentiles, deltas}) {
  const byClass = historyByClass(history, {targetClass, percentiles});
  const gaps = gapRows(buurten, byClass, {targetClass, percentiles, lowerBounds: scale.lowerBounds});
  const carriers = carrierRows(gaps, byClass);
  const whatIf = whatIfRows(buurten, deltas, {...scale, targetClass});
  return {
    history: byClass,
    gaps,
    reach: reachCounts(gaps, percentiles),
    carriers,
    mainCarriers: mainCarriers(carriers),
    whatIf,
    whatIfCounts: whatIfCounts(whatIf, {classCount: scale.lowerBounds.length + 1, targetClass}),
  };
}
