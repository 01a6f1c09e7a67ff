// Wat is er nodig? on hand-made data: every expected value is worked out in the comments, with the
// registry's default class bounds (3.55, 3.7, 3.85, 4.0, 4.15, 4.3, 4.45, 4.6; voldoende from 4.0)
// and lbm_base 4.
import {describe, expect, it} from "vitest";
import {analyse, selectBuurten} from "../../../src/lib/scenario/analysis.js";
import {classLowerBound, classOfScore, scoreFromDimensions, scoreScale} from "../../../src/lib/scenario/classes.js";
import {historyByClass, quantileSorted, shareBelow} from "../../../src/lib/scenario/history.js";
import {whatIfCounts, whatIfRows} from "../../../src/lib/scenario/what-if.js";
import {DEFAULT_CLASS_LOWER_BOUNDS, LBM_BASE} from "../../../src/lib/registry.js";

const SCALE = scoreScale({class_lower_bounds: [...DEFAULT_CLASS_LOWER_BOUNDS], lbm_base: LBM_BASE});
const PERCENTILES = [0.5, 0.75, 0.9];
const zero = {won: 0, fys: 0, vrz: 0, soc: 0, onv: 0};
const change = (start_class: number, end_class: number, d: Partial<typeof zero>) => {
  const dims = {...zero, ...d};
  const d_lbm = Object.values(dims).reduce((s, x) => s + x, 0);
  return {start_class, end_class, d_lbm, ...Object.fromEntries(Object.entries(dims).map(([k, v]) => [`d_${k}`, v]))};
};
// Zwak (4): changes −0.1, 0, 0.05, 0.1, 0.2; the last two reached voldoende (through won; onv + soc).
// Onvoldoende (3): changes 0.1 and 0.3; the 0.3 reached voldoende through vrz.
const HISTORY = [
  change(4, 3, {won: -0.1}),
  change(4, 4, {}),
  change(4, 4, {fys: 0.05}),
  change(4, 5, {won: 0.1}),
  change(4, 5, {onv: 0.15, soc: 0.05}),
  change(3, 4, {soc: 0.1}),
  change(3, 5, {vrz: 0.3}),
];
const buurt = (code: string, d: Partial<typeof zero> | null) => {
  if (!d) return {code, name: code, lbm: null, lbm_class: null, won: null, fys: null, vrz: null, soc: null, onv: null};
  const dims = {...zero, ...d};
  const lbm = scoreFromDimensions(dims, LBM_BASE)!;
  return {code, name: code, lbm, lbm_class: classOfScore(lbm, SCALE.lowerBounds), ...dims};
};
// B1 3.95 (zwak), B2 3.86 (zwak), B3 3.80 (onvoldoende), B4 4.10 (voldoende), B5 no score.
const BUURTEN = [
  buurt("B1", {won: -0.05}),
  buurt("B2", {onv: -0.14}),
  buurt("B3", {fys: -0.2}),
  buurt("B4", {vrz: 0.1}),
  buurt("B5", null),
];

describe("classes follow the data contract", () => {
  it("class = 1 + number of lower bounds at or below the score", () => {
    expect(classOfScore(3.54, SCALE.lowerBounds)).toBe(1);
    expect(classOfScore(3.55, SCALE.lowerBounds)).toBe(2);
    expect(classOfScore(3.9999, SCALE.lowerBounds)).toBe(4);
    expect(classOfScore(4.0, SCALE.lowerBounds)).toBe(5);
    expect(classOfScore(4.6, SCALE.lowerBounds)).toBe(9);
    expect(classOfScore(null, SCALE.lowerBounds)).toBe(null);
    expect(classLowerBound(SCALE.lowerBounds, 5)).toBe(4.0);
    expect(classLowerBound(SCALE.lowerBounds, 1)).toBe(-Infinity);
    expect(() => classLowerBound(SCALE.lowerBounds, 10)).toThrow(/Class 10/);
  });

  it("rejects provenance without usable bounds or base", () => {
    expect(() => scoreScale({class_lower_bounds: [4, 3.9], lbm_base: 4})).toThrow(/ascending/);
    expect(() => scoreScale({class_lower_bounds: [4], lbm_base: null})).toThrow(/lbm_base/);
  });

  it("a score that lands on a bound in decimals reaches it, even when floating point falls a hair short", () => {
    // 0.1877 + 0.1913 − 0.1101 − 0.168 + 0.0341 = 0.135; moved by 0.085 + 0.075 − 0.06 − 0.07 − 0.015
    // = 0.015 gives 4.15 exactly in decimals, but 4.1499999999999995 in doubles: class 6 (ruim voldoende).
    const row = {won: 0.1877, fys: 0.1913, vrz: -0.1101, soc: -0.168, onv: 0.0341};
    const deltas = {won: 0.085, fys: 0.075, vrz: -0.06, soc: -0.07, onv: -0.015};
    const moved = scoreFromDimensions(row, LBM_BASE, deltas)!;
    expect(moved).toBeLessThan(4.15); // the trap: a plain comparison would say ruim voldoende is missed
    expect(classOfScore(moved, SCALE.lowerBounds)).toBe(6);
  });
});

describe("historical changes per start class", () => {
  const byClass = historyByClass(HISTORY, {targetClass: 5, percentiles: PERCENTILES});

  it("quantiles with linear interpolation (type 7)", () => {
    // Zwak: (n−1)p = 2, 3, 3.6 → 0.05, 0.1, 0.1 + 0.6 × 0.1 = 0.16.
    expect(byClass.get(4)!.quantiles.map((q) => +q!.toFixed(12))).toEqual([0.05, 0.1, 0.16]);
    // Onvoldoende: 0.1 + p × 0.2 → 0.2, 0.25, 0.28.
    expect(byClass.get(3)!.quantiles.map((q) => +q!.toFixed(12))).toEqual([0.2, 0.25, 0.28]);
    expect(quantileSorted([], 0.5)).toBe(null);
    expect(shareBelow([1, 2, 2, 3], 2)).toBe(0.25);
  });

  it("dimension means over the buurten that reached the target", () => {
    const zwak = byClass.get(4)!;
    expect(zwak.achievers).toBe(2);
    // (0.1 + 0) / 2, (0 + 0.15) / 2, (0 + 0.05) / 2.
    expect(zwak.dimensions.won).toBeCloseTo(0.05, 12);
    expect(zwak.dimensions.onv).toBeCloseTo(0.075, 12);
    expect(zwak.dimensions.soc).toBeCloseTo(0.025, 12);
    expect(byClass.get(3)!.dimensions.vrz).toBeCloseTo(0.3, 12);
  });
});

describe("gaps, percentiles and reach counts", () => {
  const result = analyse({
    buurten: BUURTEN,
    history: HISTORY,
    scale: SCALE,
    targetClass: 5,
    percentiles: PERCENTILES,
    deltas: zero,
  });
  const row = (code: string) => result.gaps.find((r) => r.code === code)!;

  it("gap to the lower bound of voldoende (4.0) and where it sits among the changes of the same start class", () => {
    // B1: gap 0.05; zwak changes below 0.05 are −0.1 and 0 → percentile 0.4, 60% achieved at least it.
    expect(row("B1")).toMatchObject({gap: 0.05, gap_percentile: 0.4, share_achieved: 0.6, history_n: 5});
    // B2: gap 0.14; four of five changes are below it.
    expect(row("B2")).toMatchObject({gap: 0.14, gap_percentile: 0.8});
    expect(row("B2").share_achieved).toBeCloseTo(0.2, 12);
    // B3: gap 0.2 against onvoldoende's 0.1 and 0.3.
    expect(row("B3")).toMatchObject({gap: 0.2, gap_percentile: 0.5, history_n: 2});
    // B4 is voldoende already; B5 has no score: nothing is made up for it.
    expect(row("B4")).toMatchObject({gap: 0, at_target: true, gap_percentile: null});
    expect(row("B5")).toMatchObject({gap: null, at_target: null, gap_percentile: null, reach_p50: null});
  });

  it("reach if every buurt changed like the median, 75th and 90th percentile of its start class", () => {
    // B1 3.95 + 0.05/0.1/0.16 reaches 4.0 each time (the median lands exactly on the bound);
    // B2 3.86 + 0.05, 0.1 falls short, + 0.16 = 4.02 reaches; B3 3.80 + 0.2 = 4.0 reaches from the median.
    // B4 (voldoende) has no voldoende history in this data: unknown, not counted either way.
    expect([row("B1"), row("B2"), row("B3")].map((r) => [r.reach_p50, r.reach_p75, r.reach_p90])).toEqual([
      [true, true, true],
      [false, false, true],
      [true, true, true],
    ]);
    expect(result.reach).toEqual({
      total: 5,
      scored: 4,
      now: 1,
      byPercentile: [
        {percentile: 0.5, reached: 2, unknown: 1},
        {percentile: 0.75, reached: 2, unknown: 1},
        {percentile: 0.9, reached: 3, unknown: 1},
      ],
    });
  });

  it("names the dimensions that carried the improvements of the selection's start classes", () => {
    expect(result.carriers.map((r) => r.start_class)).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    expect(result.mainCarriers.map((r) => [r.start_class, r.dimension])).toEqual([
      [3, "vrz"],
      [4, "onv"],
    ]);
  });

  it("selects hand-picked buurten, or all of the gemeente when none are picked", () => {
    expect(selectBuurten(BUURTEN, ["B2", "X"]).map((b) => b.code)).toEqual(["B2"]);
    expect(selectBuurten(BUURTEN, [])).toHaveLength(5);
  });
});

describe("what-if", () => {
  it("recomputes score = base + sum of the moved dimensions and the class from the bounds, exactly at the bounds", () => {
    // won + 0.05: B1 3.95 → 4.00 (on the voldoende bound: voldoende), B2 3.86 → 3.91 (zwak),
    // B3 3.80 → 3.85 (on the zwak bound: zwak), B4 4.10 → 4.15 (on the ruim-voldoende bound).
    const rows = whatIfRows(BUURTEN, {won: 0.05}, {...SCALE, targetClass: 5});
    expect(rows.map((r) => r.new_class)).toEqual([5, 4, 4, 6, null]);
    expect(rows.map((r) => r.reaches_target)).toEqual([true, false, false, true, null]);
    const counts = whatIfCounts(rows, {classCount: 9, targetClass: 5});
    expect(counts.classes.filter((c) => c.before || c.after)).toEqual([
      {lbm_class: 3, before: 1, after: 0},
      {lbm_class: 4, before: 2, after: 2},
      {lbm_class: 5, before: 1, after: 1},
      {lbm_class: 6, before: 0, after: 1},
    ]);
    expect([counts.reachedBefore, counts.reachedAfter, counts.scored, counts.missing]).toEqual([1, 2, 4, 1]);
  });

  it("a hair below a bound stays below it", () => {
    // B2 3.86 + 0.1399 on onv = 3.9999: still zwak.
    const rows = whatIfRows([BUURTEN[1]], {onv: 0.1399}, {...SCALE, targetClass: 5});
    expect(rows[0].new_class).toBe(4);
  });

  it("with no change every class is the data's own", () => {
    const rows = whatIfRows(BUURTEN, {}, {...SCALE, targetClass: 5});
    expect(rows.map((r) => r.new_class)).toEqual(BUURTEN.map((b) => b.lbm_class));
  });
});
