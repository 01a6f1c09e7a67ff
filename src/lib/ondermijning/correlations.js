// Correlations with ervaren onveiligheid, with Fisher-z 95% intervals, overall and per group.
import {fisherInterval, pearson} from "../stats/correlation.js";

/** Pearson r, n and the Fisher-z interval; pairs with a missing member are skipped. */
export function correlationWithInterval(xs, ys, level = 0.95) {
  const {r, n} = pearson(xs, ys);
  const [lo, hi] = fisherInterval(r, n, level);
  return {
    r: Number.isFinite(r) ? r : null,
    n,
    lo: Number.isFinite(lo) ? lo : null,
    hi: Number.isFinite(hi) ? hi : null,
  };
}

/**
 * One row per indicator (and per group when `groupOf` is given): {id, group, r, n, lo, hi}.
 * `series` maps indicator id → values, `outcome` holds onveiligheid, `include` limits the rows.
 * Groups come out in the order of `groups` (e.g. stedelijkheid 1–5); "all" is the overall row.
 * @param {Record<string, ArrayLike<number | null>>} series
 * @param {ArrayLike<number | null>} outcome
 * @param {{ids?: string[], include?: ArrayLike<boolean>, groupOf?: (i: number) => any, groups?: any[]}} [options]
 */
export function indicatorCorrelations(
  series,
  outcome,
  {ids = Object.keys(series), include, groupOf, groups = []} = {},
) {
  const rows = [];
  const pick = (values, keep) => Array.from(values, (v, i) => (keep(i) ? v : null));
  const base = (i) => include == null || include[i];
  for (const id of ids) {
    const values = series[id];
    rows.push({id, group: "all", ...correlationWithInterval(pick(values, base), pick(outcome, base))});
    if (!groupOf) continue;
    for (const group of groups) {
      const keep = (i) => base(i) && groupOf(i) === group;
      rows.push({id, group, ...correlationWithInterval(pick(values, keep), pick(outcome, keep))});
    }
  }
  return rows;
}
