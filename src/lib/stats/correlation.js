import {normalQuantile} from "./normal.js";

/** Pearson's r of paired values; pairs with a missing member are skipped. */
export function pearson(xs, ys) {
  let n = 0,
    sx = 0,
    sy = 0;
  for (let i = 0; i < xs.length; ++i) {
    if (xs[i] == null || ys[i] == null) continue;
    (++n, (sx += xs[i]), (sy += ys[i]));
  }
  if (n < 2) return {r: NaN, n};
  const mx = sx / n,
    my = sy / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < xs.length; ++i) {
    if (xs[i] == null || ys[i] == null) continue;
    const dx = xs[i] - mx,
      dy = ys[i] - my;
    ((sxy += dx * dy), (sxx += dx * dx), (syy += dy * dy));
  }
  return {r: sxy / Math.sqrt(sxx * syy), n};
}

/** Confidence interval for a correlation through Fisher's z transform (needs n > 3). */
export function fisherInterval(r, n, level = 0.95) {
  if (!(n > 3) || !Number.isFinite(r) || Math.abs(r) >= 1) return [NaN, NaN];
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - level) / 2) / Math.sqrt(n - 3);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}
