// The minimum-n rules of the registry, applied: whether a statistic may be shown for n areas.
import {MINIMUM_N} from "./registry.js";

/**
 * @typedef {import("./registry.js").MinimumStatistic} MinimumStatistic
 * @typedef {{statistic: MinimumStatistic, n: number, min: number, label: string, unit: string}} Shortfall
 */

/**
 * The registry's minimum for a statistic (an unknown name is a programming error).
 * @param {MinimumStatistic} statistic
 */
export function minimumN(statistic) {
  const rule = MINIMUM_N[statistic];
  if (!rule) throw new Error(`Unknown statistic ${JSON.stringify(statistic)} for a minimum n`);
  return rule.n;
}

/**
 * null when n reaches the minimum, else what falls short. `min` raises the minimum (a reader's own
 * stricter setting); it never lowers the registry's.
 * @param {MinimumStatistic} statistic
 * @param {number | null | undefined} n
 * @param {{min?: number}} [options]
 * @returns {Shortfall | null}
 */
export function tooFew(statistic, n, {min} = {}) {
  const rule = MINIMUM_N[statistic];
  if (!rule) throw new Error(`Unknown statistic ${JSON.stringify(statistic)} for a minimum n`);
  const least = Math.max(rule.n, Number.isFinite(min) ? /** @type {number} */ (min) : 0);
  const count = Number.isFinite(n) ? /** @type {number} */ (n) : 0;
  return count >= least ? null : {statistic, n: count, min: least, label: rule.label, unit: rule.unit};
}

/**
 * The rules as rows for the Methoden list.
 * @returns {{statistic: string, label: string, n: number, unit: string, why: string}[]}
 */
export const minimumRules = () => Object.entries(MINIMUM_N).map(([statistic, rule]) => ({statistic, ...rule}));
