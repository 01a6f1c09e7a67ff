// Intervals for a share of a count (e.g. the share of risers in a region): Wilson's score
// interval (Wilson 1927), which stays inside [0, 1] and behaves for small counts and shares near
// 0 or 1, unlike p ± 1,96·√(p(1 − p)/n) (Agresti & Coull 1998; Brown, Cai & DasGupta 2001).
import {normalQuantile} from "./normal.js";

/**
 * [lower, upper] for `successes` out of `n` (n may be an effective, non-integer size); [NaN, NaN] for n ≤ 0.
 * @param {number} successes
 * @param {number} n
 * @param {number} [level]
 */
export function wilsonInterval(successes, n, level = 0.95) {
  if (!(n > 0)) return [NaN, NaN];
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n,
    z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
