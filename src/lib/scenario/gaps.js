// Per buurt of the selection: how far it is from the target class, and how that distance compares
// with what buurten of the same start class achieved over the comparison period.
import {classLowerBound, classOfScore, roundScore} from "./classes.js";
import {shareBelow} from "./history.js";

/**
 * `buurten`: rows {code, name, lbm, lbm_class} of the selection in the situation year; `history`:
 * historyByClass(). A buurt without a score gets gap null; a buurt whose class has no history gets
 * null comparisons (never 0).
 * @param {any[]} buurten
 * @param {ReturnType<import("./history.js").historyByClass>} history
 * @param {{targetClass: number, percentiles: readonly number[], lowerBounds: readonly number[]}} options
 * @returns {Record<string, any>[]} one row per buurt; `reach_p50` etc. per percentile
 */
export function gapRows(buurten, history, {targetClass, percentiles, lowerBounds}) {
  const bound = classLowerBound(lowerBounds, targetClass);
  return buurten.map((b) => {
    const scored = b.lbm != null && b.lbm_class != null;
    const atTarget = scored ? b.lbm_class >= targetClass : null;
    const gap = !scored ? null : atTarget ? 0 : roundScore(bound - b.lbm);
    const h = scored ? history.get(b.lbm_class) : undefined;
    const below = h && !atTarget ? shareBelow(h.changes, gap) : null;
    return {
      code: b.code,
      name: b.name,
      lbm: b.lbm,
      lbm_class: b.lbm_class,
      at_target: atTarget,
      gap,
      history_n: h?.n ?? null,
      // The gap sits at this percentile of the historical change; 1 - it achieved at least the gap.
      gap_percentile: below,
      share_achieved: below == null ? null : 1 - below,
      ...Object.fromEntries(
        percentiles.map((p, i) => {
          const change = h?.quantiles[i];
          const reaches = !scored || change == null ? null : classOfScore(b.lbm + change, lowerBounds) >= targetClass;
          return [`reach_p${Math.round(p * 100)}`, reaches];
        }),
      ),
    };
  });
}

/**
 * How many buurten of the selection are at the target now and would be if every buurt changed
 * like the given percentile of its start class. `unknown`: buurten without a score or history.
 * @param {ReturnType<typeof gapRows>} rows
 * @param {readonly number[]} percentiles
 */
export function reachCounts(rows, percentiles) {
  const scored = rows.filter((r) => r.at_target != null);
  return {
    total: rows.length,
    scored: scored.length,
    now: scored.filter((r) => r.at_target).length,
    byPercentile: percentiles.map((p) => {
      const key = `reach_p${Math.round(p * 100)}`;
      return {
        percentile: p,
        reached: scored.filter((r) => r[key] === true).length,
        unknown: scored.filter((r) => r[key] == null).length,
      };
    }),
  };
}
