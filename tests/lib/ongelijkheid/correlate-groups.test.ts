// The SES page splits complete cases by group once and caches ranks; the correlations must be
// exactly those of the row-based correlationByGroup and of uncached correlate().
import {describe, expect, it} from "vitest";
import {mulberry32} from "../../../src/lib/stats/random.js";
import {correlate, correlateGroups, correlationTable, splitByGroup} from "../../../src/lib/stats/correlate.js";
import {correlationByGroup} from "../../reference/correlation-by-group.js";

describe("splitByGroup + correlateGroups", () => {
  const random = mulberry32(11);
  const rows = Array.from({length: 400}, (_, i) => {
    const x = Math.round(random() * 20);
    return {
      g: ["a", "b", "c", null][i % 4],
      x: random() < 0.05 ? null : x,
      y: x + Math.round(random() * 10),
      w: random() < 0.05 ? 0 : 1 + Math.floor(random() * 4),
    };
  });
  const xs = rows.map((d) => d.x),
    ys = rows.map((d) => d.y),
    ws = rows.map((d) => d.w),
    keys = rows.map((d) => d.g);

  it("equals correlationByGroup for Pearson, Spearman and weights, with a rank cache", () => {
    const cache = new WeakMap();
    for (const method of ["pearson", "spearman"]) {
      for (const weighted of [false, true]) {
        const expected = correlationByGroup(rows, {
          key: (d: any) => d.g,
          x: (d: any) => d.x,
          y: (d: any) => d.y,
          weight: (weighted ? (d: any) => d.w : null) as any,
          method,
          minN: 20,
        });
        const split = splitByGroup(keys, xs, ys, weighted ? ws : null);
        for (let round = 0; round < 2; ++round) {
          expect(correlateGroups(split, {method, minN: 20, cache})).toEqual(expected);
        }
        expect(expected.map((d: any) => d.group)).toEqual(["a", "b", "c"]);
      }
    }
  });

  it("leaves out small groups", () => {
    expect(correlateGroups(splitByGroup(keys, xs, ys), {minN: 200})).toEqual([]);
  });

  it("gives the same correlation table with and without a cache", () => {
    const columns = {x: Float64Array.from(xs, (v) => v ?? NaN), y: Float64Array.from(ys), w: Float64Array.from(ws)};
    const cache = new WeakMap();
    for (const method of ["pearson", "spearman", "spearman"]) {
      for (const weights of [null, columns.w]) {
        expect(correlationTable(columns, ["x"], ["y"], {method, weights, cache})).toEqual(
          correlationTable(columns, ["x"], ["y"], {method, weights}),
        );
      }
    }
    const x = Float64Array.from([3, 1, 2, 2, 5]),
      y = Float64Array.from([1, 2, 2, 4, 5]);
    expect(correlate(x, y, {method: "spearman", cache})).toEqual(correlate(x, y, {method: "spearman"}));
    expect(correlate(x, y, {method: "spearman", cache})).toEqual(correlate(x, y, {method: "spearman"}));
  });
});
