import {describe, expect, it} from "vitest";
import {analyse} from "../../../src/lib/ondermijning/analysis.js";
import {compositeIndex, weightShares} from "../../../src/lib/ondermijning/composite.js";
import {correlationWithInterval, indicatorCorrelations} from "../../../src/lib/ondermijning/correlations.js";
import {
  interactionModel,
  partialCorrelation,
  slopesByTercile,
  terciles,
} from "../../../src/lib/ondermijning/moderation.js";
import {competitionRanks, sortByRank} from "../../../src/lib/ondermijning/ranking.js";
import {indexRegression, labelResiduals} from "../../../src/lib/ondermijning/residuals.js";
import {rankScores, referenceStats, standardize, zScores} from "../../../src/lib/ondermijning/standardize.js";
import {pearson} from "../../../src/lib/stats/correlation.js";
import {simpleRegression} from "../../../src/lib/stats/regression.js";

const close = (actual: (number | null)[], expected: (number | null)[], digits = 12) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) =>
    expected[i] === null ? expect(a).toBeNull() : expect(a).toBeCloseTo(expected[i] as number, digits),
  );
};

describe("standardisation", () => {
  it("gives z-scores with the sample standard deviation and keeps missing values null", () => {
    close(zScores([1, 2, 3, null]), [-1, 0, 1, null]);
    expect(referenceStats([2, 4, 4, 4, 5, 5, 7, 9])).toMatchObject({n: 8, mean: 5});
    expect(referenceStats([2, 4, 4, 4, 5, 5, 7, 9]).sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it("takes mean and sd from the reference only and applies them to every value", () => {
    // Reference 1, 2, 3: mean 2, sd 1; the excluded 5 is 3 sd above.
    close(zScores([1, 2, 3, 5], {reference: [true, true, true, false]}), [-1, 0, 1, 3]);
  });

  it("gives no z-score to a constant indicator", () => {
    expect(zScores([4, 4, 4])).toEqual([null, null, null]);
  });

  it("gives mid-rank percentiles with ties sharing their mean rank", () => {
    // Ranks 1, 2.5, 2.5, 4 of n = 4 → (r − ½)/4.
    close(rankScores([10, 20, 20, 30]), [0.125, 0.5, 0.5, 0.875]);
    close(rankScores([30, null, 10]), [0.75, null, 0.25]);
    // 25 lies between the reference values 20 and 30: two below it → (2 + ½ − ½)/4... placed after them.
    close(
      rankScores([10, 20, 20, 30, 25], {reference: [true, true, true, true, false]}),
      [0.125, 0.5, 0.5, 0.875, 0.75],
    );
    expect(standardize([1, 2], "rank")).toEqual(rankScores([1, 2]));
    expect(() => standardize([1], "median")).toThrow(/Onbekende standaardisatie/);
  });
});

describe("weighted index", () => {
  it("is the weighted mean of the scores, null where a chosen indicator is missing", () => {
    const scores = {a: [1, 0, -1], b: [-1, 1, null], c: [9, 9, 9]};
    close(
      compositeIndex(scores, [
        {id: "a", weight: 1},
        {id: "b", weight: 3},
        {id: "c", weight: 0},
      ]),
      [-0.5, 0.75, null],
    );
    close(compositeIndex(scores, [{id: "a", weight: 2}]), [1, 0, -1]);
    expect(compositeIndex(scores, [])).toEqual([null, null, null]);
    expect(compositeIndex(scores, [{id: "a", weight: 0}])).toEqual([null, null, null]);
    expect(() => compositeIndex(scores, [{id: "x", weight: 1}])).toThrow(/Geen scores/);
  });

  it("reports weights as shares", () => {
    expect(
      weightShares([
        {id: "a", weight: 1},
        {id: "b", weight: 3},
        {id: "c", weight: 0},
      ]),
    ).toEqual([
      {id: "a", weight: 1, share: 0.25},
      {id: "b", weight: 3, share: 0.75},
    ]);
  });
});

describe("ranking with ties", () => {
  it("uses competition ranking, highest first, nulls and excluded rows unranked", () => {
    expect(competitionRanks([3, 1, 3, 2, null])).toEqual([1, 4, 1, 3, null]);
    expect(competitionRanks([3, 1, 3, 2], {include: [true, true, false, true]})).toEqual([1, 3, null, 2]);
    // Equal up to rounding (0.1 + 0.2 vs 0.3) counts as a tie.
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
  });

  it("sorts rows by rank and breaks ties by name", () => {
    const rows = [
      {name: "Zuid", r: 1},
      {name: "Aa", r: 1},
      {name: "Midden", r: 3},
      {name: "Geen", r: null},
    ];
    expect(sortByRank(rows, (d) => d.r).map((d) => d.name)).toEqual(["Aa", "Zuid", "Midden"]);
  });
});

describe("residuals", () => {
  // x = −2…2, y = 1, 2, 4, 3, 5: slope Σxy/Σx² = 0.9, intercept 3; residuals −0.2, −0.1, 1, −0.9, 0.2;
  // SSE 1.9 on 3 df, σ̂ = √(1.9/3).
  const x = [-2, -1, 0, 1, 2];
  const y = [1, 2, 4, 3, 5];
  const sigma = Math.sqrt(1.9 / 3);

  it("fits onveiligheid on the index and standardises residuals by σ̂", () => {
    const fit = indexRegression(x, y);
    expect(fit.slope).toBeCloseTo(0.9, 12);
    expect(fit.intercept).toBeCloseTo(3, 12);
    expect(fit.sigma).toBeCloseTo(sigma, 12);
    close(fit.residuals, [-0.2, -0.1, 1, -0.9, 0.2]);
    close(
      fit.standardized,
      [-0.2, -0.1, 1, -0.9, 0.2].map((r) => r / sigma),
    );
  });

  it("leaves excluded gemeenten out of the fit", () => {
    const fit = indexRegression([...x, 10], [...y, 0], {include: [true, true, true, true, true, false]});
    expect(fit.n).toBe(5);
    expect(fit.slope).toBeCloseTo(0.9, 12);
    expect(fit.residuals[5]).toBeNull();
  });

  it("labels high index with low residual and the reverse", () => {
    const {standardized} = indexRegression(x, y);
    // Median index 0. x = 1 (above) has residual −0.9/σ̂ = −1.13; x = 0 is not below the median.
    expect(labelResiduals(x, standardized, {threshold: 1})).toEqual([null, null, null, "signsWithoutUnsafety", null]);
    expect(labelResiduals(x, standardized, {threshold: 1.2})).toEqual([null, null, null, null, null]);
    // Mirror the data: now x = −1 has residual +1.13 and a below-median index.
    const mirrored = indexRegression(
      x.map((v) => -v),
      y.map((v) => -v),
    ).standardized;
    expect(
      labelResiduals(
        x.map((v) => -v),
        mirrored,
        {threshold: 1},
      ),
    ).toEqual([null, null, null, "unsafetyWithoutSigns", null]);
  });
});

describe("samenhang as moderator", () => {
  // y = 1 + 2x + 3m + 0.5xm + e; reference values from numpy (lstsq and s²(X'X)⁻¹ on centred x, m).
  const x = [1, 2, 3, 4, 5, 6, 7, 8];
  const m = [2, 1, 4, 3, 6, 5, 8, 7];
  const y = [10.3, 8.8, 25.1, 23.6, 44.2, 43.5, 66.7, 65.9];

  it("estimates the interaction term with its standard error and t interval", () => {
    const model = interactionModel(y, x, m);
    expect(model.n).toBe(8);
    expect(model.df).toBe(4);
    const expected = [
      [33.74140624999999, 0.21080146076195733],
      [4.181250000000009, 0.13913797109344384],
      [5.3062499999999915, 0.13913797109344384],
      [0.4781249999999986, 0.03394618903500069],
    ];
    model.terms.forEach((term, j) => {
      expect(term.coefficient).toBeCloseTo(expected[j][0], 10);
      expect(term.standardError).toBeCloseTo(expected[j][1], 10);
    });
    expect(model.interaction.t).toBeCloseTo(14.084791653844299, 8);
    expect(model.interaction.lo).toBeCloseTo(0.3838752696136517, 8);
    expect(model.interaction.hi).toBeCloseTo(0.5723747303863455, 8);
    expect(model.interaction.p).toBeLessThan(0.001);
  });

  it("drops rows with a missing value from the interaction model", () => {
    const model = interactionModel([...y, 1], [...x, null], [...m, 1]);
    expect(model.n).toBe(8);
    expect(model.interaction.coefficient).toBeCloseTo(0.4781249999999986, 10);
  });

  it("gives the partial correlation as the correlation of residuals on the control", () => {
    const z = [3, 1, 4, 1, 5, 9, 2, 6];
    const rx = simpleRegression(z, x).fit.residuals as number[];
    const ry = simpleRegression(z, y).fit.residuals as number[];
    const partial = partialCorrelation(x, y, z);
    expect(partial.r).toBeCloseTo(pearson(rx, ry).r, 12);
    expect(partial.n).toBe(8);
    // Fisher interval on n − 1 = 7 effective cases.
    const half = 1.959963984540054 / Math.sqrt(7 - 3);
    expect(partial.lo).toBeCloseTo(Math.tanh(Math.atanh(partial.r as number) - half), 8);
  });

  it("splits into terciles, keeping ties together", () => {
    expect(terciles([5, 1, 3, 2, 4, 6])).toEqual([2, 0, 1, 0, 1, 2]);
    expect(terciles([1, 1, 1, 2, null, 3, 4])).toEqual([0, 0, 0, 1, null, 2, 2]);
  });

  it("fits a slope per tercile", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const ms = [9, 1, 5, 2, 8, 3, 7, 4, 6];
    const ys = [5, 1, 4, 2, 9, 3, 8, 2, 7];
    const {groups, slopes} = slopesByTercile(ys, xs, ms);
    expect(groups).toEqual([2, 0, 1, 0, 2, 0, 2, 1, 1]);
    expect(slopes.map((s) => s.n)).toEqual([3, 3, 3]);
    expect(slopes[0]).toMatchObject({mMin: 1, mMax: 3});
    for (const s of slopes) {
      const keep = (v: number, i: number) => (groups[i] === s.group ? v : null);
      expect(s.slope).toBeCloseTo(simpleRegression(xs.map(keep), ys.map(keep)).slope, 12);
      expect(s.hi - s.slope).toBeGreaterThan(0);
    }
  });
});

describe("correlations", () => {
  it("correlates overall and per group with Fisher intervals", () => {
    const series = {a: [1, 2, 3, 4, 5, 6, 7, 8], b: [8, 6, 7, 5, 3, 4, 2, 1]};
    const outcome = [2, 1, 4, 3, 6, 5, 8, 7];
    const group = [1, 1, 1, 1, 2, 2, 2, 2];
    const rows = indicatorCorrelations(series, outcome, {groupOf: (i: number) => group[i], groups: [1, 2, 3]});
    expect(rows.map((r) => `${r.id}:${r.group}`)).toEqual(["a:all", "a:1", "a:2", "a:3", "b:all", "b:1", "b:2", "b:3"]);
    expect(rows[0]).toMatchObject(correlationWithInterval(series.a, outcome));
    expect(rows[1].r).toBeCloseTo(pearson([1, 2, 3, 4], [2, 1, 4, 3]).r, 12);
    expect(rows[3]).toMatchObject({n: 0, r: null, lo: null});
    // n = 4: r exists, interval needs n > 3 → exists.
    expect(rows[1].lo).not.toBeNull();
  });
});

describe("the analysis pipeline on a hand-made country", () => {
  // Five reliable gemeenten and one unreliable; E is outside the region selection.
  const rows = [
    {
      code: "GM0001",
      name: "A",
      stedelijkheid: 1,
      onveilig: 30,
      soc: -0.1,
      reliable: true,
      in_selection: true,
      drugs: 3,
      hennep: 1,
    },
    {
      code: "GM0002",
      name: "B",
      stedelijkheid: 1,
      onveilig: 20,
      soc: 0.0,
      reliable: true,
      in_selection: true,
      drugs: 2,
      hennep: 3,
    },
    {
      code: "GM0003",
      name: "C",
      stedelijkheid: 2,
      onveilig: 10,
      soc: 0.1,
      reliable: true,
      in_selection: true,
      drugs: 1,
      hennep: 2,
    },
    {
      code: "GM0004",
      name: "D",
      stedelijkheid: 2,
      onveilig: 50,
      soc: 0.0,
      reliable: false,
      in_selection: true,
      drugs: 9,
      hennep: 9,
    },
    {
      code: "GM0005",
      name: "E",
      stedelijkheid: 3,
      onveilig: 15,
      soc: 0.2,
      reliable: true,
      in_selection: false,
      drugs: 2,
      hennep: 2,
    },
  ];
  const indicators = [
    {id: "drugs"},
    {id: "hennep"},
    {
      id: "eigen",
      values: new Map([
        ["GM0001", 1],
        ["GM0002", 5],
        ["GM0003", 3],
      ]),
    },
  ];

  it("standardises on reliable gemeenten, ranks the selection, keeps others on the national scale", () => {
    const result = analyse(rows, {
      indicators,
      weights: [
        {id: "drugs", weight: 1},
        {id: "hennep", weight: 1},
      ],
      method: "z",
      outlierAlpha: 0.05,
    });
    // Reference A, B, C, E: drugs 3, 2, 1, 2 (mean 2, sd √(2/3)); hennep 1, 3, 2, 2 (same).
    const sd = Math.sqrt(2 / 3);
    const byCode = Object.fromEntries(result.rows.map((r) => [r.code, r]));
    expect(byCode.GM0001.scores.drugs).toBeCloseTo(1 / sd, 12);
    expect(byCode.GM0004.scores.drugs).toBeCloseTo(7 / sd, 12);
    expect(byCode.GM0001.index).toBeCloseTo(0, 12);
    expect(byCode.GM0002.index).toBeCloseTo(0.5 / sd, 12);
    expect(byCode.GM0003.index).toBeCloseTo(-0.5 / sd, 12);
    expect([
      byCode.GM0001.rank,
      byCode.GM0002.rank,
      byCode.GM0003.rank,
      byCode.GM0004.rank,
      byCode.GM0005.rank,
    ]).toEqual([2, 1, 3, null, null]);
    // National rank includes E (index 0), tied with A.
    expect([byCode.GM0001.nationalRank, byCode.GM0005.nationalRank]).toEqual([2, 2]);
    expect(result.regression.n).toBe(3);
    expect(result.counts).toMatchObject({gemeenten: 5, reliable: 4, selected: 4, analysed: 3, incomplete: 0});
  });

  it("joins an uploaded indicator by code and drops gemeenten it does not cover", () => {
    const result = analyse(rows, {
      indicators,
      weights: [{id: "eigen", weight: 1}],
      method: "rank",
      outlierAlpha: 0.05,
    });
    const byCode = Object.fromEntries(result.rows.map((r) => [r.code, r]));
    expect(byCode.GM0002.rank).toBe(1);
    expect(byCode.GM0005.index).toBeNull();
    expect(byCode.GM0002.values.eigen).toBe(5);
    // Reference values 1, 5, 3 (E has none): ranks 1, 3, 2 of 3.
    expect(byCode.GM0002.scores.eigen).toBeCloseTo(2.5 / 3, 12);
  });
});
