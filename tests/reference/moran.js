import {mulberry32} from "../../src/lib/stats/random.js";

/**
 * Global Moran's I = (n / S0) · Σi Σj wij zi zj / Σi zi², for weights in CSR form
 * ({n, offsets, neighbors, weights}; see src/lib/spatial/weights.js), with a permutation p-value
 * (one-sided in the direction of the observed I, as GeoDa reports it).
 */
export function moranI(values, w, {permutations = 0, seed = 1} = {}) {
  const n = values.length;
  if (n !== w.n) throw new Error(`Moran's I: ${n} waarden maar gewichten voor ${w.n} gebieden`);
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  const z = Float64Array.from(values, (v) => v - mean);
  let s0 = 0;
  for (const v of w.weights) s0 += v;
  const statistic = (zz) => {
    let num = 0,
      den = 0;
    for (let i = 0; i < n; ++i) {
      let lag = 0;
      for (let m = w.offsets[i]; m < w.offsets[i + 1]; ++m) lag += w.weights[m] * zz[w.neighbors[m]];
      num += zz[i] * lag;
      den += zz[i] * zz[i];
    }
    return (n / s0) * (num / den);
  };
  const I = statistic(z);
  const expected = -1 / (n - 1);
  if (!permutations) return {I, expected, n};
  const random = mulberry32(seed);
  const shuffled = Float64Array.from(z);
  let larger = 0;
  for (let p = 0; p < permutations; ++p) {
    for (let i = n - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    if (statistic(shuffled) >= I) ++larger;
  }
  if (permutations - larger < larger) larger = permutations - larger;
  return {I, expected, n, p: (larger + 1) / (permutations + 1)};
}
