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
 * Returns {I, lag, zx, p, quadrant, globalI, globalP} where quadrant is 1 HH, 2 LL, 3 HL, 4 LH (of
 * zx_i and lag_i), 5 no neighbours; globalI = Σ zx_i·lag_i / n is the global (bivariate) Moran's I
 * and globalP its pseudo p from `permutations` full permutations of zy.
 * Every area draws its own permutations from a stream seeded by (seed, i), so that its p-value does
 * not depend on the other areas' (a table shared by all areas makes the number of significant areas
 * swing with the seed) nor on which areas are computed. `only` (a Uint8Array, optional) limits the
 * local statistics to the areas marked 1 (the selection), on the weights and values of all areas:
 * no edge effects at the border of a region. Others get p = NaN.
 * onProgress(done, total) is called now and then; return true from it to stop early (then null is returned).
 * `part` (optional, see splitLocalMoran) limits the permutations to the areas from ≤ i < to and
 * says whether this part also runs the global test; parts run side by side and mergeLocalMoran
 * puts them together, with the same p-values as one run (every area has its own stream).
 */
export function localMoranKernel(x, y, offsets, neighbors, weights, permutations, seed, onProgress, only, part) {
  const n = x.length;
  const from = part ? part.from : 0,
    to = part ? part.to : n,
    withGlobal = part ? part.global : true;
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
  // mulberry32, written out inside the loops below (the kernel must stay self-contained, and a
  // generator state in a local variable stays a machine integer: this is the hot path).
  const scale = (n - 1) / 4294967296;
  const I = new Float64Array(n),
    lag = new Float64Array(n),
    p = new Float64Array(n).fill(NaN),
    quadrant = new Uint8Array(n);
  const drawn = new Int32Array(Math.max(1, n));
  const chunk = Math.max(1, Math.floor((to - from) / 50));
  let globalSum = 0;
  for (let i = 0; i < n; ++i) {
    const start = offsets[i],
      end = offsets[i + 1],
      k = end - start;
    if (k === 0) {
      quadrant[i] = 5;
      continue;
    }
    let l = 0;
    for (let m = start; m < end; ++m) l += weights[m] * zy[neighbors[m]];
    lag[i] = l;
    I[i] = zx[i] * l;
    globalSum += I[i];
    quadrant[i] = zx[i] >= 0 ? (l >= 0 ? 1 : 3) : l < 0 ? 2 : 4;
    if (i < from || i >= to || (only && !only[i])) continue;
    // The area's own stream: a hash of the seed and its index (Weyl step of the golden ratio).
    let st = seed ^ Math.imul(i + 1, 0x9e3779b9);
    let larger = 0;
    const xi = zx[i],
      observed = I[i],
      draws = Math.min(k, n - 1);
    for (let r = 0; r < permutations; ++r) {
      let s = 0;
      for (let m = 0; m < draws; ++m) {
        let j = 0,
          q = 0;
        do {
          st = (st + 0x6d2b79f5) | 0;
          let t = Math.imul(st ^ (st >>> 15), 1 | st);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          j = (((t ^ (t >>> 14)) >>> 0) * scale) | 0; // < n − 1 < 2³¹: |0 floors
          for (q = 0; q < m; ++q) if (drawn[q] === j) break;
        } while (q < m);
        drawn[m] = j;
        // Skips area i itself without a branch (j ≥ i is 0 or 1).
        s += weights[start + m] * zy[j + +(j >= i)];
      }
      if (xi * s >= observed) ++larger;
    }
    if (permutations - larger < larger) larger = permutations - larger;
    p[i] = (larger + 1) / (permutations + 1);
    if (onProgress && (i - from) % chunk === 0 && onProgress(i - from, to - from)) return null;
  }
  // Global I under full permutations of zy (Fisher–Yates), with the seed's own stream.
  const globalI = globalSum / n;
  if (!withGlobal) {
    if (onProgress) onProgress(to - from, to - from);
    return {I, lag, zx, p, quadrant, globalI, globalP: NaN};
  }
  let st = seed | 0;
  const shuffled = Float64Array.from(zy);
  let globalLarger = 0;
  for (let r = 0; r < permutations; ++r) {
    for (let i = n - 1; i > 0; --i) {
      st = (st + 0x6d2b79f5) | 0;
      let t = Math.imul(st ^ (st >>> 15), 1 | st);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
      const swap = shuffled[i];
      ((shuffled[i] = shuffled[j]), (shuffled[j] = swap));
    }
    let sum = 0;
    for (let i = 0; i < n; ++i) {
      let l = 0;
      for (let m = offsets[i]; m < offsets[i + 1]; ++m) l += weights[m] * shuffled[neighbors[m]];
      sum += zx[i] * l;
    }
    if (sum / n >= globalI) ++globalLarger;
  }
  if (permutations - globalLarger < globalLarger) globalLarger = permutations - globalLarger;
  const globalP = (globalLarger + 1) / (permutations + 1);
  if (onProgress) onProgress(to - from, to - from);
  return {I, lag, zx, p, quadrant, globalI, globalP};
}

/**
 * Splits the permutations of localMoranKernel into `count` parts of about equal work, as
 * [{from, to, global}]: an area costs its number of neighbours (draws per permutation), and the
 * global test a shuffle of all n values and a pass over all weights per permutation, steps that
 * take about a third of a draw (measured in V8); it goes with the first part.
 * @param {Int32Array} offsets
 * @param {number} count
 * @returns {{from: number, to: number, global: boolean}[]}
 */
export function splitLocalMoran(offsets, count) {
  const n = offsets.length - 1;
  const local = offsets[n];
  const globalCost = Math.round((n + local) / 3);
  const parts = Math.max(1, Math.min(count, n));
  const share = (local + globalCost) / parts;
  const ranges = [];
  let from = 0;
  for (let index = 0; index < parts; ++index) {
    let to = from;
    const budget = share * (index + 1) - globalCost; // cumulative local draws up to this part's end
    if (index === parts - 1) to = n;
    else while (to < n && offsets[to + 1] <= budget) ++to;
    ranges.push({from, to, global: index === 0});
    from = to;
  }
  return ranges;
}

/**
 * One result from the parts of a split run (in the order of splitLocalMoran): each part has all
 * statistics but the p-values of its own areas only.
 * @param {{I: Float64Array, lag: Float64Array, zx: Float64Array, p: Float64Array, quadrant: Uint8Array, globalI: number, globalP: number}[]} results
 * @param {{from: number, to: number, global: boolean}[]} ranges
 */
export function mergeLocalMoran(results, ranges) {
  const [first] = results;
  if (results.length === 1) return first;
  const p = first.p;
  results.forEach((result, index) => {
    const {from, to} = ranges[index];
    if (result !== first) p.set(result.p.subarray(from, to), from);
  });
  const globalP = results[ranges.findIndex((range) => range.global)].globalP;
  return {...first, p, globalP};
}

/**
 * Cluster label index (into CLUSTER_TYPES) from a quadrant and an (adjusted) p-value:
 * significant areas keep their quadrant, the rest are "niet significant".
 */
export function clusterType(quadrant, p, alpha) {
  if (quadrant === 5) return 5;
  return p != null && p <= alpha ? quadrant : 0;
}
