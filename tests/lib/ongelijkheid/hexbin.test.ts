import {describe, expect, it} from "vitest";
import {hexBins} from "../../../src/components/ongelijkheid/hexbin-canvas.js";
import {mulberry32} from "../../../src/lib/stats/random.js";

// Seeded, so the points are the same on every run.
function points(n: number, seed = 7) {
  const next = mulberry32(seed);
  const X = new Float64Array(n),
    Y = new Float64Array(n);
  for (let i = 0; i < n; ++i) [X[i], Y[i]] = [next() * 2 - 1, next() * 10];
  return {X, Y};
}

describe("hexBins", () => {
  const options = {
    x: [-1, 1] as [number, number],
    y: [0, 10] as [number, number],
    width: 400,
    height: 300,
    binWidth: 8,
  };

  it("puts every point with both coordinates in exactly one bin and skips missing ones", () => {
    const {X, Y} = points(5000);
    X[3] = NaN;
    Y[10] = NaN;
    const bins = hexBins(X, Y, options);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(4998);
    expect(new Set(bins.map((b) => `${b.x.toFixed(9)},${b.y.toFixed(9)}`)).size).toBe(bins.length);
  });

  it("counts the points around each hexagon centre of the on-screen grid", () => {
    const r = options.binWidth / Math.sqrt(3);
    const kx = options.width / 2,
      ky = options.height / 10;
    const toData = (px: number, py: number) => [px / kx - 1, 10 - py / ky];
    // Centres of the grid (rows 1.5·r apart, odd rows shifted by half a bin); k points within 0.4·r of each.
    const expected = new Map<string, number>();
    const X: number[] = [],
      Y: number[] = [];
    for (let row = 2; row < 30; row += 3) {
      for (let column = 2; column < 40; column += 5) {
        const cx = (column + (row & 1) / 2) * options.binWidth,
          cy = row * 1.5 * r;
        const k = 1 + ((row * 7 + column) % 4);
        for (let j = 0; j < k; ++j) {
          const angle = (j * 2 * Math.PI) / k,
            distance = 0.4 * r * (j % 2 ? 1 : 0.5);
          const [x, y] = toData(cx + distance * Math.cos(angle), cy + distance * Math.sin(angle));
          X.push(x);
          Y.push(y);
        }
        const [x, y] = toData(cx, cy);
        expected.set(`${x.toFixed(6)},${y.toFixed(6)}`, k);
      }
    }
    const bins = hexBins(Float64Array.from(X), Float64Array.from(Y), options);
    expect(new Map(bins.map((b) => [`${b.x.toFixed(6)},${b.y.toFixed(6)}`, b.count]))).toEqual(expected);
  });
});
