// The site's one policy for the uncertainty of a correlation between areas that are neighbours.
// Buurten of one gemeente resemble each other, so 12,000 buurten carry far less independent
// information than 12,000 draws. The interval therefore treats the gemeente as the unit of
// independence: a cluster-robust (sandwich) variance of Fisher's z, from the influence function
// of r summed per gemeente (Liang & Zeger 1986; for r: IFᵢ = zxᵢ·zyᵢ − r·(zxᵢ² + zyᵢ²)/2),
//   var(r) = G/(G − 1) · Σ_g (Σ_{i∈g} IFᵢ/n)²,   se(z) = √var(r) / (1 − r²),
// with a t quantile on G − 1 degrees of freedom (few gemeenten: a wider interval). Without
// clustering, under bivariate normality, this variance is Fisher's (1 − r²)²/n. The effective n
// is the number of independent areas a Fisher interval of the same width would need.
import {normalTwoSidedP} from "./normal.js";
import {tQuantile, tTwoSidedP} from "./student-t.js";

/**
 * Correlation of complete cases with a gemeente-clustered interval.
 * @param {ArrayLike<number>} x
 * @param {ArrayLike<number>} y
 * @param {ArrayLike<any>} clusters the cluster (gemeente code) of every case
 * @param {{weights?: ArrayLike<number> | null, level?: number}} [options]
 * @returns {{r: number, n: number, clusters: number, lower: number, upper: number, se: number, effectiveN: number, designEffect: number, sums: Map<any, number>}}
 *   se: the standard error of Fisher's z; sums: per cluster the summed influence on z (for comparisons).
 */
export function clusteredCorrelation(x, y, clusters, {weights = null, level = 0.95} = {}) {
  const n = x.length;
  const empty = {
    r: NaN,
    n,
    clusters: 0,
    lower: NaN,
    upper: NaN,
    se: NaN,
    effectiveN: NaN,
    designEffect: NaN,
    sums: new Map(),
  };
  if (n < 3) return empty;
  let sw = 0,
    sx = 0,
    sy = 0;
  for (let i = 0; i < n; ++i) {
    const w = weights ? weights[i] : 1;
    ((sw += w), (sx += w * x[i]), (sy += w * y[i]));
  }
  const mx = sx / sw,
    my = sy / sw;
  let sxx = 0,
    syy = 0,
    sxy = 0;
  for (let i = 0; i < n; ++i) {
    const w = weights ? weights[i] : 1,
      dx = x[i] - mx,
      dy = y[i] - my;
    ((sxx += w * dx * dx), (syy += w * dy * dy), (sxy += w * dx * dy));
  }
  const r = sxy / Math.sqrt(sxx * syy);
  if (!Number.isFinite(r) || Math.abs(r) >= 1) return {...empty, r};
  const ax = Math.sqrt(sxx / sw),
    ay = Math.sqrt(syy / sw),
    toZ = 1 / (1 - r * r);
  const sums = new Map();
  let iid = 0;
  for (let i = 0; i < n; ++i) {
    const w = weights ? weights[i] : 1,
      zx = (x[i] - mx) / ax,
      zy = (y[i] - my) / ay;
    const influence = (w / sw) * (zx * zy - (r * (zx * zx + zy * zy)) / 2) * toZ;
    iid += influence * influence;
    sums.set(clusters[i], (sums.get(clusters[i]) ?? 0) + influence);
  }
  const G = sums.size;
  if (G < 2) return {...empty, r, clusters: G, sums};
  let between = 0;
  for (const s of sums.values()) between += s * s;
  const variance = (G / (G - 1)) * between;
  const se = Math.sqrt(variance);
  const q = tQuantile(1 - (1 - level) / 2, G - 1);
  const z = Math.atanh(r);
  return {
    r,
    n,
    clusters: G,
    lower: Math.tanh(z - q * se),
    upper: Math.tanh(z + q * se),
    se,
    effectiveN: Math.min(n, 3 + 1 / variance),
    designEffect: variance / ((n / (n - 1)) * iid),
    sums,
  };
}

/**
 * Is the correlation in group a different from that in group b? The difference of Fisher's z with
 * a cluster-robust standard error over the union of their clusters, so that a gemeente with areas
 * in both groups counts once: {difference (in r), zDifference, se, p, clusters}. t on G − 1 df.
 * @param {ReturnType<typeof clusteredCorrelation>} a
 * @param {ReturnType<typeof clusteredCorrelation>} b
 */
export function compareClustered(a, b) {
  const keys = new Set([...a.sums.keys(), ...b.sums.keys()]);
  const G = keys.size;
  let between = 0;
  for (const key of keys) between += ((a.sums.get(key) ?? 0) - (b.sums.get(key) ?? 0)) ** 2;
  const se = Math.sqrt((G / (G - 1)) * between);
  const zDifference = Math.atanh(a.r) - Math.atanh(b.r);
  return {difference: a.r - b.r, zDifference, se, p: G > 1 ? tTwoSidedP(zDifference / se, G - 1) : NaN, clusters: G};
}

/**
 * The naive comparison, treating every area as independent: z difference over √(1/(nₐ − 3) + 1/(n_b − 3)).
 * @param {{r: number, n: number}} a
 * @param {{r: number, n: number}} b
 */
export function compareIndependent(a, b) {
  const zDifference = Math.atanh(a.r) - Math.atanh(b.r);
  const se = Math.sqrt(1 / (a.n - 3) + 1 / (b.n - 3));
  return {difference: a.r - b.r, zDifference, se, p: normalTwoSidedP(zDifference / se)};
}

/**
 * The interval of clusteredCorrelation from its parts (e.g. computed in SQL): r, the number of
 * clusters G and Σ_g S_g² of the clusters' summed influence on z. [lower, upper].
 * @param {number} r
 * @param {number} clusters
 * @param {number} sumOfSquares
 * @param {number} [level]
 */
export function clusteredInterval(r, clusters, sumOfSquares, level = 0.95) {
  if (!(clusters > 1) || !Number.isFinite(r) || Math.abs(r) >= 1 || !Number.isFinite(sumOfSquares)) return [NaN, NaN];
  const se = Math.sqrt((clusters / (clusters - 1)) * sumOfSquares);
  const q = tQuantile(1 - (1 - level) / 2, clusters - 1);
  const z = Math.atanh(r);
  return [Math.tanh(z - q * se), Math.tanh(z + q * se)];
}
