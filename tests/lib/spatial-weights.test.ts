import {describe, expect, it} from "vitest";
import {topology} from "topojson-server";
import {contiguityLists} from "../../src/lib/spatial/contiguity.js";
import {knnLists, projectKm} from "../../src/lib/spatial/knn.js";
import {fromNeighbourLists, subsetLists, weightsSummary} from "../../src/lib/spatial/weights.js";
import {mulberry32} from "../../src/lib/stats/random.js";

function bruteKnn(x: ArrayLike<number>, y: ArrayLike<number>, k: number) {
  return Array.from({length: x.length}, (_, i) =>
    Array.from({length: x.length}, (_, j) => j)
      .filter((j) => j !== i)
      .sort((a, b) => (x[a] - x[i]) ** 2 + (y[a] - y[i]) ** 2 - ((x[b] - x[i]) ** 2 + (y[b] - y[i]) ** 2) || a - b)
      .slice(0, k),
  );
}

describe("k nearest neighbours", () => {
  it("agrees with a brute-force search on clustered random points", () => {
    const random = mulberry32(9);
    const x: number[] = [],
      y: number[] = [];
    for (let i = 0; i < 1500; ++i) {
      const city = i % 5;
      x.push(city * 20 + random() * (city ? 3 : 60));
      y.push(city * 7 + random() * (city ? 3 : 60));
    }
    const got = knnLists(x, y, 6);
    const want = bruteKnn(x, y, 6);
    expect(got).toEqual(want);
  });

  it("finds the four rook neighbours of the centre of a unit grid", () => {
    const x = [0, 1, 2, 0, 1, 2, 0, 1, 2],
      y = [0, 0, 0, 1, 1, 1, 2, 2, 2];
    expect(knnLists(x, y, 4)[4]).toEqual([1, 3, 5, 7]);
  });

  it("projects lon/lat so that a degree of longitude is shorter than one of latitude", () => {
    const {x, y} = projectKm([5, 6], [52, 52]);
    expect(x[1] - x[0]).toBeCloseTo(110.574 * Math.cos((52 * Math.PI) / 180), 9);
    expect(y[0]).toBeCloseTo(52 * 110.574, 9);
  });
});

// Four unit squares A B / C D plus E, which touches D only at its corner (2, 2), and F, far away.
const square = (id: string, x: number, y: number) => ({
  type: "Feature" as const,
  id,
  properties: {},
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});
const squares = {
  type: "FeatureCollection" as const,
  features: [
    square("A", 0, 1),
    square("B", 1, 1),
    square("C", 0, 0),
    square("D", 1, 0),
    square("E", 2, -1),
    square("F", 9, 9),
  ],
};

describe("contiguity from TopoJSON", () => {
  for (const quantization of [0, 1e4]) {
    it(`rook and queen neighbours (quantization ${quantization || "none"})`, () => {
      const topo = topology({buurt: squares}, quantization || undefined) as any;
      const codes = ["A", "B", "C", "D", "E", "F", "G"];
      const rook = contiguityLists(topo, "buurt", codes, {rule: "rook"});
      expect(rook.lists).toEqual([[1, 2], [0, 3], [0, 3], [1, 2], [], [], []]);
      expect(rook.missing).toEqual(["G"]);
      const queen = contiguityLists(topo, "buurt", codes, {rule: "queen"});
      expect(queen.lists).toEqual([[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2, 4], [3], [], []]);
    });
  }
});

describe("weights", () => {
  it("row-standardises, summarises and drops areas with renumbering", () => {
    const w = fromNeighbourLists([[1, 2], [0], [0], []]);
    expect([...w.offsets]).toEqual([0, 2, 3, 4, 4]);
    expect([...w.weights]).toEqual([0.5, 0.5, 1, 1]);
    expect(weightsSummary(w)).toEqual({n: 4, links: 4, mean: 1, min: 0, max: 2, islands: 1});
    expect(subsetLists([[1, 2], [0], [0], []], [true, false, true, true])).toEqual([[1], [0], []]);
  });
});
