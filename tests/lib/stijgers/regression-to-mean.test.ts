import {describe, expect, it} from "vitest";
import {regressionToMean} from "../../../src/lib/stijgers/regression-to-mean.js";
import {breakdownShares} from "../../../src/lib/stijgers/breakdown.js";
import {wilsonInterval} from "../../../src/lib/stats/proportion.js";

// Eight areas, base year 2014 → 2020, lbm = 4 + afw; class lower bounds 3.5, 3.7, …, 4.3 (classes 2–9).
// Reference: numpy/scipy (run once offline):
//   b, a = np.polyfit(start, delta, 1); sigma = √(Σres²/(n − 2));
//   expected risers = Σ over selected areas of P(end class ≥ 5 and > start class), the end afw
//   ~ N(start + a + b·start, sigma²), class probabilities from scipy.stats.norm.cdf at the bounds.
const start = [-0.3, -0.25, -0.1, 0.0, 0.05, 0.2, -0.4, 0.1];
const delta = [0.12, 0.05, 0.03, -0.02, 0.01, -0.06, 0.2, -0.01];
const startClass = [2, 3, 5, 6, 6, 7, 2, 7];
const m = start.length;
const pairs = {
  m,
  index: Int32Array.from({length: m}, (_, i) => i),
  scores: {n: m, years: [2014, 2020], afw: Float64Array.from([...start, ...start.map((s, i) => s + delta[i])])},
  def: {baseYear: 2014, endYear: 2020, startClasses: [1, 2, 3, 4], riserMode: "threshold", riserMinClass: 5},
  delta: {afw: Float64Array.from(delta)},
  start: Int8Array.from(startClass),
  region: new Uint8Array(m).fill(1),
  selected: Uint8Array.from(startClass, (c) => (c <= 4 ? 1 : 0)),
  group: Uint8Array.from(startClass, () => 2),
  w: new Float64Array(m).fill(1),
};
const classes = {classLowerBounds: [3.5, 3.7, 3.8, 3.9, 4.0, 4.1, 4.2, 4.3], lbmBase: 4};

describe("regression to the mean for stijgers", () => {
  it("predicts the change and the risers from the start score alone, as numpy/scipy do", () => {
    const rtm = regressionToMean(pairs, classes)!;
    expect(rtm.slope).toBeCloseTo(-0.3697211155378488, 12);
    expect(rtm.sigma).toBeCloseTo(0.032435450250226636, 12);
    expect(rtm.shift).toBeCloseTo(0.04, 12);
    expect(rtm.correlation).toBeCloseTo(-0.9336488585680897, 12);
    expect(rtm.expectedChange).toBeCloseTo(0.12472775564409037, 12);
    expect(rtm.meanChange).toBeCloseTo(0.12333333333333334, 12);
    // Normal CDF through erfc (error < 1.2e-7).
    expect(rtm.expectedRisers).toBeCloseTo(0.06792358475181937, 5);
    expect(rtm.selected).toBe(3);
    expect(rtm.risers).toBe(0);
  });

  it("says nothing for fewer than three pairs", () => {
    expect(regressionToMean(null, classes)).toBeNull();
    expect(regressionToMean({...pairs, m: 2}, classes)).toBeNull();
  });
});

describe("riser shares per region", () => {
  it("carry a Wilson interval on the number of areas, weighted or not", () => {
    const row = {key: "PV1", label: "Noord", selected: 263, risers: 81, selected_weight: 1000, risers_weight: 250};
    const [plain] = breakdownShares([row]);
    // Newcombe (1998): 81/263 → 0.2553–0.3662.
    expect(plain.riserLower).toBeCloseTo(0.2552885198782742, 8);
    expect(plain.riserUpper).toBeCloseTo(0.36620957698280004, 8);
    const [weighted] = breakdownShares([row], {weighted: true});
    expect(weighted.riserShare).toBe(0.25);
    expect([weighted.riserLower, weighted.riserUpper]).toEqual(wilsonInterval(0.25 * 263, 263));
    expect(breakdownShares([{...row, selected: 0, risers: 0}])[0].riserLower).toBeNull();
  });
});
