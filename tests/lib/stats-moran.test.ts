import {describe, expect, it} from "vitest";
import {moranI} from "../reference/moran.js";
import {clusterType, localMoranKernel, mergeLocalMoran, splitLocalMoran} from "../../src/lib/stats/local-moran.js";
import {binary, fromNeighbourLists} from "../../src/lib/spatial/weights.js";
import {mulberry32} from "../../src/lib/stats/random.js";

// Rook neighbours on a rows × cols lattice, cells numbered row by row.
function rookLattice(rows: number, cols: number) {
  const lists: number[][] = [];
  for (let r = 0; r < rows; ++r)
    for (let c = 0; c < cols; ++c) {
      const list = [];
      if (r > 0) list.push((r - 1) * cols + c);
      if (r < rows - 1) list.push((r + 1) * cols + c);
      if (c > 0) list.push(r * cols + c - 1);
      if (c < cols - 1) list.push(r * cols + c + 1);
      lists.push(list);
    }
  return lists;
}
const line = (n: number) => Array.from({length: n}, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n));

function run(x: number[], y: number[], lists: number[][], permutations: number, seed = 1, only?: Uint8Array) {
  const w = fromNeighbourLists(lists);
  return localMoranKernel(
    Float64Array.from(x),
    Float64Array.from(y),
    w.offsets,
    w.neighbors,
    w.weights,
    permutations,
    seed,
    null,
    only,
  )!;
}

// The old scheme, kept here only to show what the test below guards against: one table of draws
// shared by every area (row r: the same neighbour indices for all areas in permutation r).
function sharedTablePValues(x: number[], lists: number[][], permutations: number, seed: number) {
  const w = fromNeighbourLists(lists);
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  const z = x.map((v) => (v - mean) / sd);
  const random = mulberry32(seed);
  const kmax = Math.max(...lists.map((l) => l.length));
  const table = Array.from({length: permutations}, () => {
    const row: number[] = [];
    while (row.length < kmax) {
      const j = Math.floor(random() * (n - 1));
      if (!row.includes(j)) row.push(j);
    }
    return row;
  });
  return x.map((_, i) => {
    const start = w.offsets[i],
      k = w.offsets[i + 1] - start;
    let lag = 0;
    for (let m = start; m < start + k; ++m) lag += w.weights[m] * z[w.neighbors[m]];
    const observed = z[i] * lag;
    let larger = 0;
    for (const row of table) {
      let s = 0;
      for (let m = 0; m < k; ++m) s += w.weights[start + m] * z[row[m] >= i ? row[m] + 1 : row[m]];
      if (z[i] * s >= observed) ++larger;
    }
    return (Math.min(larger, permutations - larger) + 1) / (permutations + 1);
  });
}

// Across seeds: the variance of the number of significant areas against the sum of the areas'
// own variances q(1 − q) (q: the share of seeds in which an area is significant). Independent
// draws per area make the count a sum of independent indicators, so the ratio is near 1.
function seedSensitivity(pValuesBySeed: ArrayLike<number>[], alpha: number) {
  const seeds = pValuesBySeed.length,
    n = pValuesBySeed[0].length;
  const counts = pValuesBySeed.map((p) => Array.from(p).filter((v) => v <= alpha).length);
  const meanCount = counts.reduce((s, v) => s + v, 0) / seeds;
  const countVariance = counts.reduce((s, v) => s + (v - meanCount) ** 2, 0) / (seeds - 1);
  let own = 0;
  for (let i = 0; i < n; ++i) {
    const q = pValuesBySeed.filter((p) => p[i] <= alpha).length / seeds;
    own += (q * (1 - q) * seeds) / (seeds - 1);
  }
  return {sd: Math.sqrt(countVariance), ratio: countVariance / own};
}

describe("global Moran's I", () => {
  it("is −1 for a checkerboard on a 3×3 rook lattice, with binary or row-standardised weights", () => {
    const x = [1, 0, 1, 0, 1, 0, 1, 0, 1];
    const w = fromNeighbourLists(rookLattice(3, 3));
    expect(moranI(x, binary(w)).I).toBeCloseTo(-1, 14);
    expect(moranI(x, w).I).toBeCloseTo(-1, 14);
    expect(moranI(x, w).expected).toBeCloseTo(-1 / 8, 14);
  });

  it("matches the hand computation for 1..5 on a line: 0.5 binary, 0.6 row-standardised", () => {
    // z = −2..2, Σz² = 10; binary: S0 = 8, ΣΣ wij zi zj = 2(2+0+0+2) = 8 → (5/8)(8/10) = 0.5.
    // Row-standardised: lags −1, −1, 0, 1, 1 → Σ zi·lagi = 6 → 6/10.
    const w = fromNeighbourLists(line(5));
    expect(moranI([1, 2, 3, 4, 5], binary(w)).I).toBeCloseTo(0.5, 14);
    expect(moranI([1, 2, 3, 4, 5], w).I).toBeCloseTo(0.6, 14);
  });

  it("finds a smooth 10×10 gradient significant and a seeded permutation reproducible", () => {
    const x = Array.from({length: 100}, (_, i) => Math.floor(i / 10) + (i % 10));
    const w = fromNeighbourLists(rookLattice(10, 10));
    const a = moranI(x, w, {permutations: 199, seed: 5});
    expect(a.p).toBeCloseTo(1 / 200, 14);
    expect(moranI(x, w, {permutations: 199, seed: 5})).toEqual(a);
  });
});

describe("local Moran / bivariate LISA", () => {
  it("matches the hand computation for 1..5 on a line and averages to the global I", () => {
    // zi = (xi − 3)/√2; lags (−1, −1, 0, 1, 1)/√2 → Ii = 1, 0.5, 0, 0.5, 1.
    const r = run([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], line(5), 0);
    [1, 0.5, 0, 0.5, 1].forEach((v, i) => expect(r.I[i]).toBeCloseTo(v, 14));
    expect(r.I.reduce((s, v) => s + v, 0) / 5).toBeCloseTo(0.6, 14);
    expect([...r.quadrant]).toEqual([2, 2, 1, 1, 1]); // z3 = 0 counts as high, lag 0 as high
  });

  it("bivariate: x at the area times the lag of y around it", () => {
    const x = [1, 2, 3, 4, 5],
      y = [5, 3, 3, 3, 1]; // zy = (2, 0, 0, 0, −2)/√1.6
    const r = run(x, y, line(5), 0);
    const s = Math.sqrt(1.6),
      zx = (v: number) => (v - 3) / Math.sqrt(2);
    [0, 1 / s, 0, -1 / s, 0].forEach((lag, i) => expect(r.lag[i]).toBeCloseTo(lag, 14));
    expect(r.I[1]).toBeCloseTo(zx(2) / s, 14);
    expect(r.quadrant[3]).toBe(3); // high x, low neighbours: hoog–laag
  });

  it("permutation p-values converge to the exact conditional distribution (one neighbour each)", () => {
    // With one neighbour, the conditional permutation draws that neighbour uniformly from the other
    // n − 1 areas, so the exact folded p is min(#≥, #<)/(n − 1).
    const x = [3, -1, 4, 1, -5, 9, 2, -6];
    const n = x.length;
    const lists = x.map((_, i) => [(i + 1) % n]);
    const R = 9999;
    const r = run(x, x, lists, R, 11);
    for (let i = 0; i < n; ++i) {
      let ge = 0;
      for (let j = 0; j < n; ++j) if (j !== i && r.zx[i] * r.zx[j] >= r.I[i] - 1e-12) ++ge;
      const exact = Math.min(ge, n - 1 - ge) / (n - 1);
      expect(Math.abs(r.p[i] - exact)).toBeLessThan(0.02);
    }
  });

  it("is reproducible with a seed, finds a planted low–low block, and leaves islands alone", () => {
    const rows = 12,
      cols = 12;
    const x = Array.from({length: rows * cols}, (_, i) => Math.sin(i * 12.9898) * 0.5);
    for (const r of [1, 2, 3]) for (const c of [1, 2, 3]) x[r * cols + c] -= 3;
    const lists = rookLattice(rows, cols);
    lists.push([]); // an island
    x.push(0);
    const a = run(x, x, lists, 999, 42);
    expect(run(x, x, lists, 999, 42).p).toEqual(a.p);
    expect(run(x, x, lists, 999, 43).p).not.toEqual(a.p);
    const centre = 2 * cols + 2;
    expect(clusterType(a.quadrant[centre], a.p[centre], 0.05)).toBe(2);
    expect(a.p[centre]).toBeLessThan(0.01);
    expect(clusterType(a.quadrant[rows * cols], a.p[rows * cols], 0.05)).toBe(5);
    // Away from the block, roughly 5% significant by chance at most.
    let significant = 0,
      far = 0;
    for (let r = 6; r < rows; ++r) for (let c = 6; c < cols; ++c) (++far, a.p[r * cols + c] <= 0.05 && ++significant);
    expect(significant / far).toBeLessThan(0.2);
  });

  it("stops when the progress callback asks it to", () => {
    const w = fromNeighbourLists(rookLattice(20, 20));
    const x = Float64Array.from({length: 400}, (_, i) => i % 7);
    expect(localMoranKernel(x, x, w.offsets, w.neighbors, w.weights, 99, 1, () => true)).toBeNull();
  });

  it("draws every area's permutations independently: the significant count barely moves with the seed", () => {
    // A 30 × 30 lattice with smooth structure, so that many areas are near the 5% line.
    const side = 30;
    const x = Array.from(
      {length: side * side},
      (_, i) => Math.sin((i % side) / 4) + Math.cos(Math.floor(i / side) / 5) + Math.sin(i * 12.9898),
    );
    const lists = rookLattice(side, side);
    const seeds = Array.from({length: 12}, (_, s) => 1000 + s);
    const independent = seedSensitivity(
      seeds.map((seed) => run(x, x, lists, 99, seed).p),
      0.05,
    );
    const shared = seedSensitivity(
      seeds.map((seed) => sharedTablePValues(x, lists, 99, seed)),
      0.05,
    );
    // Independent draws: no covariance between areas (ratio ≈ 1; bound allows for 12 seeds' noise).
    expect(independent.ratio).toBeLessThan(2);
    // A shared table moves all areas together: a much larger spread of the count.
    expect(shared.ratio).toBeGreaterThan(3 * independent.ratio);
    expect(shared.sd).toBeGreaterThan(1.5 * independent.sd);
  });

  it("computes a selection on the full graph: the same p-values as the whole run, others left out", () => {
    const rows = 12,
      cols = 12;
    const x = Array.from({length: rows * cols}, (_, i) => Math.sin(i * 12.9898) + (i % cols < 4 ? -2 : 0));
    const lists = rookLattice(rows, cols);
    const all = run(x, x, lists, 199, 7);
    const only = Uint8Array.from(x, (_, i) => (i % cols < 3 ? 1 : 0));
    const part = run(x, x, lists, 199, 7, only);
    for (let i = 0; i < x.length; ++i) {
      if (only[i]) expect(part.p[i]).toBe(all.p[i]);
      else expect(part.p[i]).toBeNaN();
      expect(part.I[i]).toBe(all.I[i]); // the statistic itself always uses every neighbour
    }
  });

  it("reports the global Moran's I with its permutation p (the reference moranI for x = y)", () => {
    const x = Array.from({length: 100}, (_, i) => Math.floor(i / 10) + (i % 10));
    const lists = rookLattice(10, 10);
    const r = run(x, x, lists, 199, 5);
    const reference = moranI(x, fromNeighbourLists(lists), {permutations: 199, seed: 5});
    expect(r.globalI).toBeCloseTo(reference.I, 12);
    expect(r.globalP).toBeCloseTo(1 / 200, 14);
    const draw = mulberry32(3);
    const noise = Array.from({length: 100}, () => draw());
    expect(run(noise, noise, lists, 199, 5).globalP).toBeGreaterThan(0.05);
  });
  it("splits the permutations into parts of about equal work that merge into the one-run result", () => {
    const side = 15;
    const x = Array.from({length: side * side}, (_, i) => Math.sin(i * 12.9898) + (i % side) / 5);
    const y = x.map((v, i) => v + Math.cos(i));
    const w = fromNeighbourLists(rookLattice(side, side));
    const only = Uint8Array.from(x, (_, i) => (i % 4 === 0 ? 0 : 1));
    for (const selection of [undefined, only]) {
      const whole = run(x, y, rookLattice(side, side), 99, 11, selection);
      for (const count of [1, 2, 3, 4]) {
        const ranges = splitLocalMoran(w.offsets, count);
        // Contiguous, covering every area once, the global test in exactly one part.
        expect(ranges).toHaveLength(count);
        expect(ranges[0].from).toBe(0);
        expect(ranges.at(-1)!.to).toBe(x.length);
        ranges.slice(1).forEach((r, i) => expect(r.from).toBe(ranges[i].to));
        expect(ranges.filter((r) => r.global)).toHaveLength(1);
        const parts = ranges.map((part) =>
          localMoranKernel(
            Float64Array.from(x),
            Float64Array.from(y),
            w.offsets,
            w.neighbors,
            w.weights,
            99,
            11,
            null,
            selection,
            part,
          )!,
        );
        const merged = mergeLocalMoran(parts, ranges);
        expect(Array.from(merged.p)).toEqual(Array.from(whole.p));
        expect(merged.globalP).toBe(whole.globalP);
        expect(Array.from(merged.I)).toEqual(Array.from(whole.I));
      }
    }
  });

  it("gives the part with the global test fewer areas (a draw costs about three of its steps)", () => {
    const offsets = Int32Array.from({length: 1001}, (_, i) => i * 6);
    const [first, second] = splitLocalMoran(offsets, 2);
    // Work: 6,000 draws + (1,000 + 6,000) / 3 ≈ 2,333 for the global test, ≈ 4,167 a part:
    // ≈ 1,833 draws (305 areas of 6) in the first.
    expect(first).toEqual({from: 0, to: 305, global: true});
    expect(second).toEqual({from: 305, to: 1000, global: false});
  });
});
