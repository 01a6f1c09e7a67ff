// The choropleths on the SES page repaint through runs of the id buffer; the pixels must be
// exactly those of the per-pixel paint().
import {describe, expect, it} from "vitest";
import {mulberry32} from "../../../src/lib/stats/random.js";
import {NONE, packRgba, paint, paintRuns, rasterize, rasterizeRuns, runsOf} from "../../../src/lib/raster.js";

describe("paintRuns", () => {
  const MISSING = packRgba(1, 0, 0, 0);
  const options = {
    hatch: {
      marker: MISSING,
      period: 8,
      thickness: 2,
      line: packRgba(111, 111, 111),
      background: packRgba(238, 238, 238),
    },
    outline: packRgba(255, 255, 255),
  };

  it("paints the same pixels as paint(), with hatching, outlines and empty space", () => {
    const random = mulberry32(5);
    const [width, height] = [53, 37];
    // Random rectangles and triangles, some overlapping, some off the canvas.
    const areas = Array.from({length: 40}, () => {
      const x = random() * 60 - 5,
        y = random() * 45 - 5,
        s = 2 + random() * 15;
      return [random() < 0.5 ? [x, y, x + s, y, x + s, y + s, x, y + s] : [x, y, x + s, y + s / 2, x, y + s]];
    });
    const ids = rasterize(areas, width, height);
    expect(ids.includes(NONE)).toBe(true);
    const colors = Uint32Array.from(areas, (_, i) => (i % 5 === 0 ? MISSING : packRgba(i * 6, 255 - i * 6, 100)));
    for (const opts of [options, {hatch: options.hatch}, {}]) {
      const expected = paint(ids, width, colors, new Uint32Array(ids.length), opts);
      const actual = paintRuns(runsOf(ids, width), width, colors, new Uint32Array(ids.length).fill(7), opts);
      expect([...actual]).toEqual([...expected]);
    }
  });

  it("handles one area and an empty buffer", () => {
    const ids = new Int32Array(12).fill(0);
    expect([...paintRuns(runsOf(ids, 4), 4, Uint32Array.of(9), new Uint32Array(12))]).toEqual(new Array(12).fill(9));
    expect(runsOf(new Int32Array(0), 4).count).toBe(0);
  });
});

describe("rasterizeRuns", () => {
  const outline = packRgba(255, 255, 255);
  const MISSING = packRgba(1, 0, 0, 0);
  const hatch = {
    marker: MISSING,
    period: 8,
    thickness: 2,
    line: packRgba(111, 111, 111),
    background: packRgba(238, 238, 238),
  };

  // A partition as a map has one: a grid of quadrilaterals on jittered shared corners (neighbours
  // share their edges exactly, traversed in opposite directions), some cells left out as holes.
  function partition(seed: number, columns: number, rows: number, cell: number) {
    const random = mulberry32(seed);
    const corner = Array.from({length: (columns + 1) * (rows + 1)}, (_, k) => {
      const [i, j] = [k % (columns + 1), Math.floor(k / (columns + 1))];
      const jitter = () => (random() - 0.5) * cell * 0.6;
      return [i * cell + (i % columns ? jitter() : 0) + 0.3, j * cell + (j % rows ? jitter() : 0) + 0.2];
    });
    const at = (i: number, j: number) => corner[j * (columns + 1) + i];
    const areas: number[][][] = [];
    for (let j = 0; j < rows; ++j)
      for (let i = 0; i < columns; ++i)
        areas.push(random() < 0.1 ? [] : [[...at(i, j), ...at(i + 1, j), ...at(i + 1, j + 1), ...at(i, j + 1)]]);
    return areas;
  }

  it("paints the same pixels as the id buffer for a partition, at several sizes and ratios", () => {
    for (const [seed, columns, rows, cell, ratio] of [
      [1, 9, 7, 11, 1],
      [2, 12, 10, 7.3, 2],
      [3, 5, 13, 9.7, 1.5],
    ]) {
      const areas = partition(seed, columns, rows, cell);
      const [width, height] = [Math.ceil(columns * cell * ratio) + 3, Math.ceil(rows * cell * ratio) + 2];
      const ids = rasterize(areas, width, height, ratio);
      const direct = rasterizeRuns(areas, width, height, ratio);
      if (!direct) throw new Error("a partition is rasterised without the id buffer");
      const colors = Uint32Array.from(areas, (_, i) => (i % 7 === 0 ? MISSING : packRgba(i * 3, 255 - i * 2, 90)));
      for (const opts of [{hatch, outline}, {hatch}, {}]) {
        const expected = paintRuns(runsOf(ids, width), width, colors, new Uint32Array(ids.length), opts);
        const actual = paintRuns(direct, width, colors, new Uint32Array(ids.length).fill(7), opts);
        expect([...actual]).toEqual([...expected]);
      }
      expect(direct.edges.length).toBe(runsOf(ids, width).edges.length);
      expect(direct.edges.length).toBeGreaterThan(0);
    }
  });

  it("declines overlapping areas, which only the id buffer can order", () => {
    const overlapping = [[[1, 1, 8, 1, 8, 8, 1, 8]], [[5, 5, 12, 5, 12, 12, 5, 12]]];
    expect(rasterizeRuns(overlapping, 16, 16)).toBeNull();
    expect(rasterizeRuns([overlapping[0]], 16, 16)).not.toBeNull();
  });
});
