import {describe, expect, it} from "vitest";
import {moranI} from "../reference/moran.js";
import {clusterType, localMoranKernel} from "../../src/lib/stats/local-moran.js";
import {binary, fromNeighbourLists} from "../../src/lib/spatial/weights.js";

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

function run(x: number[], y: number[], lists: number[][], permutations: number, seed = 1) {
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
  )!;
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
});
