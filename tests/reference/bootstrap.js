import {mulberry32} from "../../src/lib/stats/random.js";

/**
 * Percentile bootstrap interval of a statistic of paired data. `statistic(indices)` computes the
 * statistic on the resampled row indices (an Int32Array of length n, drawn with replacement).
 * Returns {estimate, lower, upper, replicates}; replicates where the statistic is not finite are left out.
 * @param {(indices: Int32Array) => number} statistic
 * @param {number} n
 * @param {{replicates?: number, level?: number, seed?: number}} [options]
 */
export function bootstrapInterval(statistic, n, {replicates = 1000, level = 0.95, seed = 1} = {}) {
  const random = mulberry32(seed);
  const identity = Int32Array.from({length: n}, (_, i) => i);
  const estimate = statistic(identity);
  const values = [];
  const sample = new Int32Array(n);
  for (let b = 0; b < replicates; ++b) {
    for (let i = 0; i < n; ++i) sample[i] = Math.floor(random() * n);
    const v = statistic(sample);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  return {
    estimate,
    lower: quantileSorted(values, alpha),
    upper: quantileSorted(values, 1 - alpha),
    replicates: values.length,
  };
}

/** Linear-interpolation quantile (type 7, as R and numpy default) of sorted values. */
export function quantileSorted(sorted, p) {
  if (!sorted.length) return NaN;
  const h = (sorted.length - 1) * p,
    lo = Math.floor(h),
    hi = Math.ceil(h);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
}
