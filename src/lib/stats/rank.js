// Ranks of 13,000 areas are needed often (Spearman for every view of a page), so they come from
// an LSD radix sort of the values' bit patterns: a few linear passes instead of a comparison sort.
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const BITS = 11,
  BUCKETS = 1 << BITS,
  MASK = BUCKETS - 1;

/** Indexes of the non-NaN values, in ascending order of value (−0 and 0 adjacent). */
export function sortedIndexes(values) {
  const n = values.length;
  const bits = new Uint32Array(Float64Array.from(values).buffer);
  const [loAt, hiAt] = littleEndian ? [0, 1] : [1, 0];
  // Order-preserving unsigned keys: flip all bits of negatives, only the sign bit of positives.
  let m = 0;
  const lo = new Uint32Array(n),
    hi = new Uint32Array(n);
  let index = new Uint32Array(n);
  for (let i = 0; i < n; ++i) {
    const v = +values[i];
    if (v !== v) continue;
    let h = bits[2 * i + hiAt],
      l = bits[2 * i + loAt];
    if (h & 0x80000000) ((h = ~h >>> 0), (l = ~l >>> 0));
    else h = (h | 0x80000000) >>> 0;
    ((lo[m] = l), (hi[m] = h), (index[m++] = i));
  }
  let keysLo = lo.subarray(0, m),
    keysHi = hi.subarray(0, m);
  index = index.subarray(0, m);
  let nextLo = new Uint32Array(m),
    nextHi = new Uint32Array(m),
    nextIndex = new Uint32Array(m);
  const count = new Uint32Array(BUCKETS);
  for (const [word, shift] of [
    [0, 0],
    [0, 11],
    [0, 22],
    [1, 0],
    [1, 11],
    [1, 22],
  ]) {
    const keys = word ? keysHi : keysLo;
    count.fill(0);
    for (let i = 0; i < m; ++i) ++count[(keys[i] >>> shift) & MASK];
    if (count[(keys[0] >>> shift) & MASK] === m) continue; // one digit for all: order unchanged
    for (let d = 0, sum = 0; d < BUCKETS; ++d) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < m; ++i) {
      const at = count[(keys[i] >>> shift) & MASK]++;
      ((nextLo[at] = keysLo[i]), (nextHi[at] = keysHi[i]), (nextIndex[at] = index[i]));
    }
    [keysLo, nextLo] = [nextLo, keysLo];
    [keysHi, nextHi] = [nextHi, keysHi];
    [index, nextIndex] = [nextIndex, index];
  }
  return index;
}

/** Ranks 1..n with ties given their average rank (the convention Spearman's rho needs). */
export function averageRanks(values) {
  const n = values.length;
  // NaN equals nothing and sorts last: each NaN is a group of its own, and they all end up with
  // the rank of the last one, n (as the earlier Map-based version gave).
  const ranks = new Float64Array(n).fill(n);
  const order = sortedIndexes(values);
  const m = order.length;
  for (let start = 0; start < m;) {
    const v = +values[order[start]];
    let end = start + 1;
    while (end < m && +values[order[end]] === v) ++end;
    const rank = (start + end + 1) / 2; // mean of positions start+1 .. end
    for (let k = start; k < end; ++k) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}
