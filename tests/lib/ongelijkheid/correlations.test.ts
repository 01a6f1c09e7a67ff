// The page's correlations through one rank cache. Reference values by hand:
// x = 1..5, y = 2, 4, 5, 4, 5: Sxy = 6, Sxx = 10, Syy = 6, so Pearson r = 6/√60;
// the ranks of y are 1, 2.5, 4.5, 2.5, 4.5 (Sxy = 7, Syy = 9), so Spearman r = 7/√90.
import {describe, expect, it} from "vitest";
import {
  correlationMatrixCells,
  createCorrelator,
  levelAndSpread,
  levelAndSpreadCorrelations,
  levelAndSpreadRegression,
} from "../../../src/lib/ongelijkheid/correlations.js";
import {standardizedRegression} from "../../../src/lib/stats/regression.js";
import {averageRanks} from "../../../src/lib/stats/rank.js";
import {LBM_MEASURE_IDS, SES_MEASURE_IDS} from "../../../src/lib/ongelijkheid/queries.js";
import {LBM_MEASURE_LABELS} from "../../../src/lib/labels.js";

const x = Float64Array.of(1, 2, 3, 4, 5);
const y = Float64Array.of(2, 4, 5, 4, 5);
const Z975 = 1.959963984540054;
const fisher = (r: number, n: number, v = 1) => [
  Math.tanh(Math.atanh(r) - Z975 * Math.sqrt(v / (n - 3))),
  Math.tanh(Math.atanh(r) + Z975 * Math.sqrt(v / (n - 3))),
];

describe("createCorrelator", () => {
  it("gives Pearson and Spearman r with their Fisher intervals, the same on a second (cached) call", () => {
    const correlator = createCorrelator();
    for (let round = 0; round < 2; ++round) {
      const pearson = correlator.pair(x, y, {method: "pearson"});
      expect(pearson.r).toBeCloseTo(6 / Math.sqrt(60), 12);
      expect(pearson.n).toBe(5);
      const [lower, upper] = fisher(6 / Math.sqrt(60), 5);
      expect(pearson.lower).toBeCloseTo(lower, 6);
      expect(pearson.upper).toBeCloseTo(upper, 6);
      const spearman = correlator.pair(x, y, {method: "spearman"});
      expect(spearman.r).toBeCloseTo(7 / Math.sqrt(90), 12);
      expect(spearman.lower).toBeCloseTo(fisher(7 / Math.sqrt(90), 5, 1.06)[0], 6);
    }
  });

  it("correlates per group with names, leaving out groups under minN", () => {
    const correlator = createCorrelator();
    const split = new Map([
      ["a", {x, y, w: null}],
      ["b", {x: Float64Array.of(1, 2, 3), y: Float64Array.of(3, 2, 1), w: null}],
    ]);
    const rows = correlator.groups(split, {method: "pearson", minN: 3, label: (g: string) => `groep ${g}`});
    expect(rows.map((d) => [d.group, d.label, d.n])).toEqual([
      ["a", "groep a", 5],
      ["b", "groep b", 3],
    ]);
    expect(rows[1].r).toBeCloseTo(-1, 12);
    expect(correlator.groups(split, {method: "pearson", minN: 4}).map((d) => d.group)).toEqual(["a"]);
  });
});

describe("correlationMatrixCells", () => {
  // lbm equals ses_total and won is its negative, so those two cells are exactly 1 and −1.
  const n = 6;
  const base = Float64Array.of(1, 3, 2, 6, 4, 5);
  const noise = (k: number) => Float64Array.from({length: n}, (_, i) => ((i * 7 + k * 3) % 11) + k);
  const columns: Record<string, Float64Array> = {households: Float64Array.of(1, 1, 0, 1, 1, 1)};
  LBM_MEASURE_IDS.forEach((id, k) => (columns[id] = noise(k)));
  SES_MEASURE_IDS.forEach((id, k) => (columns[id] = noise(k + 10)));
  columns.ses_total = base;
  columns.lbm = base.map((v) => v);
  columns.won = base.map((v) => -v);

  it("has every LBM measure against every SES measure, with display names and ids", () => {
    const {
      cells,
      rows,
      columns: heads,
    } = correlationMatrixCells(createCorrelator(), columns, {method: "pearson", weighting: "none"});
    expect(cells).toHaveLength(LBM_MEASURE_IDS.length * SES_MEASURE_IDS.length);
    expect(rows).toEqual(LBM_MEASURE_IDS.map((id) => LBM_MEASURE_LABELS[id as keyof typeof LBM_MEASURE_LABELS]));
    expect(heads).toEqual(["SES totaal", "Welvaart", "Opleiding", "Arbeid", "Spreiding"]);
    const cell = (lbm: string, ses: string) => cells.find((d) => d.lbm === lbm && d.ses === ses)!;
    expect(cell("lbm", "ses_total").r).toBeCloseTo(1, 12);
    expect(cell("won", "ses_total").r).toBeCloseTo(-1, 12);
    expect(cell("won", "ses_total").row).toBe("Woningvoorraad");
    expect(cell("lbm", "ses_total").n).toBe(6);
  });

  it("leaves out areas without households when weighting", () => {
    const {cells} = correlationMatrixCells(createCorrelator(), columns, {method: "spearman", weighting: "households"});
    expect(cells[0].n).toBe(5);
    expect(cells.find((d) => d.lbm === "won" && d.ses === "ses_total")!.r).toBeCloseTo(-1, 12);
  });
});

describe("level and spread", () => {
  const spread = {total: x, spread: y, lbm: Float64Array.from(x, (v) => 2 * v + 1), weights: null};

  it("correlates level, spread and LBM pairwise", () => {
    const r = levelAndSpreadCorrelations(createCorrelator(), spread, "pearson");
    expect(r.levelLbm.r).toBeCloseTo(1, 12);
    expect(r.spreadLevel.r).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(r.spreadLbm.r).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it("standardised coefficients of one regression on both: all on the level when LBM is a line in it", () => {
    const fit = levelAndSpreadRegression(levelAndSpreadCorrelations(createCorrelator(), spread, "pearson"));
    expect(fit.coefficients[0]).toBeCloseTo(1, 10);
    expect(fit.coefficients[1]).toBeCloseTo(0, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
  });

  // Eight areas where level and spread both matter; the reference is standardizedRegression (the
  // QR-checked OLS on z-scores, tests/lib/stats-regression.test.ts) on the data as the cards see it.
  const total = Float64Array.of(-1.2, -0.4, 0.1, 0.3, 0.9, 1.4, -0.8, 0.5);
  const spreadValues = Float64Array.of(0.6, 0.2, 0.9, 0.4, 0.1, 0.7, 0.3, 0.8);
  const lbm = Float64Array.of(3.8, 4.0, 4.05, 4.1, 4.3, 4.2, 3.95, 4.0);
  const households = Float64Array.of(3, 1, 2, 5, 1, 4, 2, 1);

  it("with household weighting equals the regression on each area repeated by its households (was: unweighted)", () => {
    const cases = {total, spread: spreadValues, lbm, weights: households};
    const {regression} = levelAndSpread(createCorrelator(), cases, "pearson");
    const repeat = (v: Float64Array) => Array.from(v).flatMap((d, i) => new Array(households[i]).fill(d));
    const expected = standardizedRegression(repeat(lbm), [repeat(total), repeat(spreadValues)]);
    expect(regression.coefficients[0]).toBeCloseTo(expected.coefficients[0], 10);
    expect(regression.coefficients[1]).toBeCloseTo(expected.coefficients[1], 10);
    expect(regression.r2).toBeCloseTo(expected.r2, 10);
    const unweighted = standardizedRegression(lbm, [total, spreadValues]);
    expect(Math.abs(regression.coefficients[1] - unweighted.coefficients[1])).toBeGreaterThan(0.01);
  });

  it("with Spearman equals the regression on ranks, like the rank correlations beside it", () => {
    const cases = {total, spread: spreadValues, lbm, weights: null};
    const {regression, correlations} = levelAndSpread(createCorrelator(), cases, "spearman");
    const expected = standardizedRegression(averageRanks(lbm), [averageRanks(total), averageRanks(spreadValues)]);
    expect(regression.coefficients[0]).toBeCloseTo(expected.coefficients[0], 10);
    expect(regression.coefficients[1]).toBeCloseTo(expected.coefficients[1], 10);
    expect(regression.r2).toBeCloseTo(expected.r2, 10);
    expect(correlations.levelLbm.r).toBeCloseTo(
      standardizedRegression(averageRanks(lbm), [averageRanks(total)]).coefficients[0],
      10,
    );
  });
});
