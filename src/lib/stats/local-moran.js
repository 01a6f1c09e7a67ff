// Local Moran's I and the bivariate LISA (Anselin 1995; Anselin, Syabri & Smirnov 2002) with
// conditional permutation inference, as in GeoDa:
//   Ii = zx_i · Σj wij zy_j   (z standardised with the population sd; univariate when y = x)
// The p-value of Ii holds zx_i fixed and redraws its neighbours' zy from the other n − 1 areas
// (without replacement), `permutations` times; p = (M + 1)/(R + 1) with M the draws at least as
// extreme in the direction of the observed Ii (GeoDa's and PySAL's folded pseudo p-value).
//
// `localMoranKernel` is written to be self-contained (no imports, no outer names), because the LISA
// worker is built from its source text; keep it that way.

export const CLUSTER_TYPES = ["niet significant", "hoog–hoog", "laag–laag", "hoog–laag", "laag–hoog", "geen buren"];

/**
 * x, y: Float64Array (complete cases only), w: {n, offsets, neighbors, weights} (row-standardised).
 * Returns {I, lag, zx, p, quadrant} where quadrant is 1 HH, 2 LL, 3 HL, 4 LH (of zx_i and lag_i), 5 no neighbours.
 * onProgress(done, total) is called now and then; return true from it to stop early (then null is returned).
 */
export function localMoranKernel(x, y, offsets, neighbors, weights, permutations, seed, onProgress) {
  const n = x.length;
  const standardise = (v) => {
    let mean = 0;
    for (let i = 0; i < n; ++i) mean += v[i];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; ++i) ss += (v[i] - mean) * (v[i] - mean);
    const sd = Math.sqrt(ss / n) || 1;
    const z = new Float64Array(n);
    for (let i = 0; i < n; ++i) z[i] = (v[i] - mean) / sd;
    return z;
  };
  const zx = standardise(x);
  const zy = x === y ? zx : standardise(y);
  // mulberry32, inlined so the kernel stays self-contained.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const I = new Float64Array(n),
    lag = new Float64Array(n),
    p = new Float64Array(n),
    quadrant = new Uint8Array(n);
  // One table of random draws shared by all areas (PySAL's conditional randomisation does the
  // same): row r holds kmax distinct indices into the n − 1 other areas; for area i an index
  // j ≥ i stands for area j + 1. Each area still sees uniform draws without replacement, and
  // the per-area work is a lookup instead of a random number.
  let kmax = 0;
  for (let i = 0; i < n; ++i) kmax = Math.max(kmax, offsets[i + 1] - offsets[i]);
  kmax = Math.min(kmax, n - 1);
  const draws = new Int32Array(permutations * kmax);
  for (let r = 0; r < permutations; ++r) {
    const row = r * kmax;
    for (let m = 0; m < kmax; ++m) {
      let j;
      for (;;) {
        j = Math.floor(random() * (n - 1));
        let seen = false;
        for (let q = 0; q < m; ++q)
          if (draws[row + q] === j) {
            seen = true;
            break;
          }
        if (!seen) break;
      }
      draws[row + m] = j;
    }
  }
  const chunk = Math.max(1, Math.floor(n / 50));
  for (let i = 0; i < n; ++i) {
    const start = offsets[i],
      end = offsets[i + 1],
      k = end - start;
    if (k === 0) {
      ((p[i] = NaN), (quadrant[i] = 5));
      continue;
    }
    let l = 0;
    for (let m = start; m < end; ++m) l += weights[m] * zy[neighbors[m]];
    lag[i] = l;
    I[i] = zx[i] * l;
    quadrant[i] = zx[i] >= 0 ? (l >= 0 ? 1 : 3) : l < 0 ? 2 : 4;
    let larger = 0;
    const xi = zx[i],
      observed = I[i];
    for (let r = 0, row = 0; r < permutations; ++r, row += kmax) {
      let s = 0;
      for (let m = 0; m < k; ++m) {
        const j = draws[row + m];
        s += weights[start + m] * zy[j >= i ? j + 1 : j];
      }
      if (xi * s >= observed) ++larger;
    }
    if (permutations - larger < larger) larger = permutations - larger;
    p[i] = (larger + 1) / (permutations + 1);
    if (onProgress && i % chunk === 0 && onProgress(i, n)) return null;
  }
  if (onProgress) onProgress(n, n);
  return {I, lag, zx, p, quadrant};
}

/**
 * Cluster label index (into CLUSTER_TYPES) from a quadrant and an (adjusted) p-value:
 * significant areas keep their quadrant, the rest are "niet significant".
 */
export function clusterType(quadrant, p, alpha) {
  if (quadrant === 5) return 5;
  return p != null && p <= alpha ? quadrant : 0;
}
