// The subsets the SES page computes on: which areas count, which are dropped, and the regression
// line. Every expected value below is worked out by hand from the five rows.
import {describe, expect, it} from "vitest";
import {
  completeCases,
  splitCases,
  spreadCases,
  spreadLevelRows,
  weightColumn,
} from "../../../src/lib/ongelijkheid/cases.js";
import {pairColumns} from "../../../src/lib/ongelijkheid/queries.js";

// Row 1 lacks SES, row 2 lacks LBM, row 3 has no households (dropped only when weighting).
const pairs = [
  {code: "a", size_class: "G4", lbm: 1, ses_total: 10, ses_spread: 1, households: 100},
  {code: "b", size_class: "G4", lbm: 2, ses_total: null, ses_spread: 2, households: 50},
  {code: "c", size_class: "<20k", lbm: null, ses_total: 30, ses_spread: 3, households: 20},
  {code: "d", size_class: "<20k", lbm: 4, ses_total: 40, ses_spread: null, households: 0},
  {code: "e", size_class: "<20k", lbm: 5, ses_total: 50, ses_spread: 5, households: 10},
];
const columns = pairColumns(pairs);
const list = (values: ArrayLike<number> | null) => (values ? Array.from(values) : values);

describe("completeCases", () => {
  it("keeps the areas with both measures and counts those with LBM but without SES as dropped", () => {
    const cases = completeCases(pairs, columns, {sesMeasure: "ses_total", lbmMeasure: "lbm", weighting: "none"});
    expect(cases.rows.map((d) => d.code)).toEqual(["a", "d", "e"]);
    expect(list(cases.ses)).toEqual([10, 40, 50]);
    expect(list(cases.lbm)).toEqual([1, 4, 5]);
    expect(cases.weights).toBeNull();
    // a, b, d, e have LBM; b lacks SES.
    expect(cases.dropped).toBe(1);
  });

  it("drops areas without households when weighting, and carries the weights", () => {
    const cases = completeCases(pairs, columns, {sesMeasure: "ses_total", lbmMeasure: "lbm", weighting: "households"});
    expect(cases.rows.map((d) => d.code)).toEqual(["a", "e"]);
    expect(list(cases.weights)).toEqual([100, 10]);
    expect(cases.dropped).toBe(2);
  });

  it("fits the unweighted line over every area with both scores: lbm = 0.1 · ses", () => {
    for (const weighting of ["none", "households"]) {
      const {line} = completeCases(pairs, columns, {sesMeasure: "ses_total", lbmMeasure: "lbm", weighting});
      // (10, 1), (40, 4), (50, 5) lie on one line, also when d is left out of the weighted cases.
      expect(line.slope).toBeCloseTo(0.1, 12);
      expect(line.intercept).toBeCloseTo(0, 12);
      expect(line.r2).toBeCloseTo(1, 12);
      expect(line.n).toBe(3);
    }
  });

  it("splits the complete cases by a field of their rows", () => {
    const cases = completeCases(pairs, columns, {sesMeasure: "ses_total", lbmMeasure: "lbm", weighting: "none"});
    const split = splitCases(cases, "size_class");
    expect([...split.keys()]).toEqual(["G4", "<20k"]);
    expect(list(split.get("G4")!.x)).toEqual([10]);
    expect(list(split.get("<20k")!.x)).toEqual([40, 50]);
    expect(list(split.get("<20k")!.y)).toEqual([4, 5]);
    expect(split.get("<20k")!.w).toBeNull();
  });
});

describe("spreadCases and spreadLevelRows", () => {
  it("keeps the areas with LBM, SES level and SES spread", () => {
    // a and e have all three; b lacks the level, c the LBM, d the spread.
    const spread = spreadCases(columns, {lbmMeasure: "lbm", weighting: "none"});
    expect([list(spread.total), list(spread.spread), list(spread.lbm), spread.weights]).toEqual([
      [10, 50],
      [1, 5],
      [1, 5],
      null,
    ]);
    expect(list(spreadCases(columns, {lbmMeasure: "lbm", weighting: "households"}).weights)).toEqual([100, 10]);
  });

  it("charts every area with level and spread, whatever its LBM", () => {
    expect(spreadLevelRows(pairs).map((d) => d.code)).toEqual(["a", "c", "e"]);
  });

  it("weighs by households only when asked", () => {
    expect(weightColumn(columns, "households")).toBe(columns.households);
    expect(weightColumn(columns, "none")).toBeNull();
  });
});
