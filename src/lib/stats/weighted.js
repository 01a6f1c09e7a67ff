import {complete} from "./pairs.js";

/**
 * Weighted Pearson correlation (e.g. buurten weighted by households): weighted means, covariance
 * and variances. Pairs with a missing member or a weight that is missing or ≤ 0 are skipped.
 * With integer weights it equals Pearson's r on data where each pair is repeated w times.
 */
export function weightedPearson(xs, ys, ws) {
  const {x, y, w} = complete(xs, ys, ws);
  const n = x.length;
  if (n < 2) return {r: NaN, n, weight: 0};
  let sw = 0,
    sx = 0,
    sy = 0;
  for (let i = 0; i < n; ++i) ((sw += w[i]), (sx += w[i] * x[i]), (sy += w[i] * y[i]));
  const mx = sx / sw,
    my = sy / sw;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; ++i) {
    const dx = x[i] - mx,
      dy = y[i] - my;
    ((sxy += w[i] * dx * dy), (sxx += w[i] * dx * dx), (syy += w[i] * dy * dy));
  }
  return {r: sxy / Math.sqrt(sxx * syy), n, weight: sw};
}

/** Kish's effective sample size (Σw)²/Σw², for intervals of weighted estimates. */
export function effectiveSize(ws) {
  let s = 0,
    s2 = 0;
  for (const w of ws) if (w > 0) ((s += w), (s2 += w * w));
  return s2 > 0 ? (s * s) / s2 : 0;
}
