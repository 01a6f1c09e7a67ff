/**
 * mulberry32: a small, fast, seedable PRNG (32-bit state) returning floats in [0, 1).
 * Same seed, same sequence in every browser and in node, so permutation p-values are reproducible.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function random() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
