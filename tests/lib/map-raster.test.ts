import {describe, expect, it} from "vitest";
import {geoMercator} from "d3-geo";
import {
  fitMercator,
  lonLatBounds,
  mercator,
  mercatorAspect,
  mercatorInvert,
  traceGeometry,
} from "../../src/lib/mercator.js";
import {NONE, hitTest, packRgba, paint, parseColor, rasterize} from "../../src/lib/raster.js";

const square = (x: number, y: number, s = 1) => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];

describe("mercator", () => {
  const bounds = [
    [3.36, 50.75],
    [7.23, 53.55],
  ] as [[number, number], [number, number]];

  it("matches d3.geoMercator with the same scale and translate", () => {
    const fit = fitMercator(bounds, [
      [4, 4],
      [636, 796],
    ]);
    const d3 = geoMercator()
      .scale(fit.scale)
      .translate(fit.translate as [number, number]);
    const ours = mercator(fit);
    for (const [lon, lat] of [
      [3.36, 50.75],
      [5.12, 52.09],
      [7.23, 53.55],
      [4.9, 52.37],
    ]) {
      const [x, y] = ours(lon, lat);
      const [ex, ey] = d3([lon, lat]) as [number, number];
      expect(x).toBeCloseTo(ex, 9);
      expect(y).toBeCloseTo(ey, 9);
    }
  });

  it("fits the bounds inside the extent, centred, touching on the tighter side", () => {
    const fit = fitMercator(bounds, [
      [0, 0],
      [600, 600],
    ]);
    const p = mercator(fit);
    const [x0, y1] = p(bounds[0][0], bounds[0][1]);
    const [x1, y0] = p(bounds[1][0], bounds[1][1]);
    expect(y0).toBeCloseTo(0, 9);
    expect(y1).toBeCloseTo(600, 9);
    expect((x0 + x1) / 2).toBeCloseTo(300, 9);
    expect(x1 - x0).toBeLessThan(600);
  });

  it("gives the Netherlands a portrait aspect ratio", () => {
    const aspect = mercatorAspect(bounds);
    expect(aspect).toBeGreaterThan(1.1);
    expect(aspect).toBeLessThan(1.3);
  });

  it("inverts", () => {
    const fit = fitMercator(bounds, [
      [0, 0],
      [640, 760],
    ]);
    const [lon, lat] = mercatorInvert(fit)(...(mercator(fit)(5.12, 52.09) as [number, number]));
    expect(lon).toBeCloseTo(5.12, 9);
    expect(lat).toBeCloseTo(52.09, 9);
  });

  it("finds bounds of features and geometries of every type", () => {
    expect(
      lonLatBounds([
        {type: "Feature", geometry: {type: "Polygon", coordinates: square(5, 52)}},
        {type: "MultiPolygon", coordinates: [square(3, 51), square(6, 53)]},
        {type: "Feature", geometry: null},
      ]),
    ).toEqual([
      [3, 51],
      [7, 54],
    ]);
    expect(lonLatBounds([])).toBeNull();
  });

  it("traces rings into a path context and returns the centroid of the largest ring", () => {
    const calls: string[] = [];
    const context = {
      moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
      closePath: () => calls.push("Z"),
    };
    const identity = (x: number, y: number) => [x, y];
    const centroid = traceGeometry(
      {type: "MultiPolygon", coordinates: [square(0, 0, 1), square(10, 10, 4)]},
      identity,
      context,
    );
    expect(calls.slice(0, 6)).toEqual(["M0,0", "L1,0", "L1,1", "L0,1", "L0,0", "Z"]);
    expect(centroid).toEqual([12, 12]);
    expect(
      traceGeometry(
        {
          type: "LineString",
          coordinates: [
            [0, 0],
            [2, 2],
          ],
        },
        identity,
        context,
      ),
    ).toEqual([1, 1]);
  });
});

describe("raster", () => {
  // Flat rings in pixels: a 4×4 square at (1,1) and a 2×2 square at (6,1), in a 10×6 image.
  const a = [[1, 1, 5, 1, 5, 5, 1, 5]];
  const b = [[6, 1, 8, 1, 8, 3, 6, 3]];

  it("rasterises areas by pixel centre", () => {
    const ids = rasterize([a, b], 10, 6);
    const row = (y: number) => Array.from(ids.slice(y * 10, y * 10 + 10));
    expect(row(0)).toEqual(Array(10).fill(NONE));
    expect(row(1)).toEqual([NONE, 0, 0, 0, 0, NONE, 1, 1, NONE, NONE]);
    expect(row(3)).toEqual([NONE, 0, 0, 0, 0, NONE, NONE, NONE, NONE, NONE]);
    expect(ids.filter((id) => id === 0).length).toBe(16);
    expect(ids.filter((id) => id === 1).length).toBe(4);
  });

  it("leaves holes empty (even-odd) and scales by the pixel ratio", () => {
    const withHole = [
      [0, 0, 4, 0, 4, 4, 0, 4],
      [1, 1, 3, 1, 3, 3, 1, 3],
    ];
    const ids = rasterize([withHole], 4, 4);
    expect(ids.filter((id) => id === 0).length).toBe(12);
    expect(rasterize([a], 20, 12, 2).filter((id) => id === 0).length).toBe(64);
  });

  it("shares edges between neighbours without gaps or overlap", () => {
    const left = [[0, 0, 2.5, 0, 2.5, 3, 0, 3]];
    const right = [[2.5, 0, 5, 0, 5, 3, 2.5, 3]];
    const ids = rasterize([left, right], 5, 3);
    expect(ids.filter((id) => id === NONE).length).toBe(0);
    // The pixel centre on the shared edge (x = 2.5) belongs to exactly one of them.
    expect(ids.filter((id) => id === 0).length).toBe(6);
    expect(ids.filter((id) => id === 1).length).toBe(9);
  });

  it("clips to the image", () => {
    const big = [[-5, -5, 50, -5, 50, 50, -5, 50]];
    expect(rasterize([big], 3, 2).every((id) => id === 0)).toBe(true);
  });

  it("parses the colours Plot's scales produce", () => {
    expect(parseColor("#0af")).toEqual([0, 170, 255, 255]);
    expect(parseColor("#1a9850")).toEqual([26, 152, 80, 255]);
    expect(parseColor("rgb(12, 34, 56)")).toEqual([12, 34, 56, 255]);
    expect(parseColor("rgba(12, 34, 56, 0.5)")).toEqual([12, 34, 56, 128]);
    expect(parseColor("steelblue")).toBeNull();
    expect(parseColor("steelblue", () => [70, 130, 180, 255])).toEqual([70, 130, 180, 255]);
  });

  it("paints colours per area, hatches missing areas and leaves the rest transparent", () => {
    const ids = rasterize([a, b], 10, 6);
    const red = packRgba(255, 0, 0);
    const marker = packRgba(1, 0, 0, 0);
    const hatch = {marker, period: 4, thickness: 1, line: packRgba(0, 0, 0), background: packRgba(200, 200, 200)};
    const out = paint(ids, 10, Uint32Array.from([red, marker]), new Uint32Array(60), {hatch});
    expect(out[1 * 10 + 1]).toBe(red);
    expect(out[0]).toBe(0);
    const bPixels = [16, 17, 26, 27].map((i) => out[i]);
    expect(new Set(bPixels)).toEqual(new Set([hatch.line, hatch.background]));
  });

  it("draws outlines only between neighbouring areas", () => {
    const left = [[0, 0, 2, 0, 2, 2, 0, 2]];
    const right = [[2, 0, 4, 0, 4, 2, 2, 2]];
    const ids = rasterize([left, right], 5, 2);
    const white = packRgba(255, 255, 255);
    const out = paint(ids, 5, Uint32Array.from([1, 2]), new Uint32Array(10), {outline: white});
    expect(Array.from(out.slice(0, 5))).toEqual([1, white, 2, 2, 0]);
  });

  // Every row tested against every edge (how rasterize worked before it bucketed the edges by row):
  // the reference for the same pixels.
  function fullScan(areas: number[][][], width: number, height: number, ratio = 1) {
    const ids = new Int32Array(width * height).fill(NONE);
    areas.forEach((rings, id) => {
      const ys = rings.flatMap((ring) => ring.filter((_, k) => k % 2 === 1).map((y) => y * ratio));
      const rowStart = Math.max(0, Math.ceil(Math.min(...ys) - 0.5));
      const rowEnd = Math.min(height - 1, Math.floor(Math.max(...ys) - 0.5));
      for (let row = rowStart; row <= rowEnd; ++row) {
        const y = row + 0.5;
        const xs: number[] = [];
        for (const ring of rings) {
          for (let k = 0; k < ring.length; k += 2) {
            const [ax, ay] = [ring[k] * ratio, ring[k + 1] * ratio];
            const j = (k + 2) % ring.length;
            const [bx, by] = [ring[j] * ratio, ring[j + 1] * ratio];
            if ((ay <= y && y < by) || (by <= y && y < ay)) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
          }
        }
        xs.sort((p, q) => p - q);
        for (let k = 0; k + 1 < xs.length; k += 2)
          for (let x = Math.max(0, Math.ceil(xs[k] - 0.5)); x < Math.min(width, Math.ceil(xs[k + 1] - 0.5)); ++x)
            ids[row * width + x] = id;
      }
    });
    return ids;
  }

  it("gives the same pixels as testing every edge on every row, for jagged areas with holes and half-pixel vertices", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    // Star-shaped rings around a centre (self-intersection free), some vertices on half pixels,
    // some partly outside the image; every third area with a hole.
    const ring = (cx: number, cy: number, r: number, n: number) =>
      Array.from({length: n}, (_, i) => {
        const angle = (2 * Math.PI * i) / n;
        const radius = r * (0.5 + random() / 2);
        const snap = (v: number) => (random() < 0.3 ? Math.round(v * 2) / 2 : v);
        return [snap(cx + radius * Math.cos(angle)), snap(cy + radius * Math.sin(angle))];
      }).flat();
    const areas = Array.from({length: 40}, (_, i) => {
      const [cx, cy, r] = [random() * 90 - 5, random() * 70 - 5, 3 + random() * 25];
      const outer = ring(cx, cy, r, 5 + Math.floor(random() * 60));
      return i % 3 === 0 ? [outer, ring(cx, cy, r / 4, 6)] : [outer];
    });
    for (const ratio of [1, 2]) {
      const [width, height] = [80 * ratio, 60 * ratio];
      const ids = rasterize(areas, width, height, ratio);
      expect(ids.filter((id) => id !== NONE).length).toBeGreaterThan(width * height * 0.3);
      expect(Array.from(ids)).toEqual(Array.from(fullScan(areas, width, height, ratio)));
    }
  });

  it("hit-tests CSS pixels through the ratio", () => {
    const ids = rasterize([a, b], 20, 12, 2);
    expect(hitTest(ids, 20, 12, 2, 2, 2)).toBe(0);
    expect(hitTest(ids, 20, 12, 2, 7, 2)).toBe(1);
    expect(hitTest(ids, 20, 12, 2, 0.2, 0.2)).toBe(NONE);
    expect(hitTest(ids, 20, 12, 2, 99, 2)).toBe(NONE);
  });
});
