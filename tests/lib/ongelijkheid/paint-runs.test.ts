// The choropleths on the SES page repaint through runs of the id buffer; the pixels must be
// exactly those of the per-pixel paint().
import {describe, expect, it} from "vitest";
import {mulberry32} from "../../../src/lib/stats/random.js";
import {NONE, packRgba, paint, paintRuns, rasterize, runsOf} from "../../../src/lib/raster.js";

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
