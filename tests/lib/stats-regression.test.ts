import {describe, expect, it} from "vitest";
import {mulberry32} from "../../src/lib/stats/random.js";
import {ols, simpleRegression, standardizedRegression} from "../../src/lib/stats/regression.js";
import {tQuantile, tTwoSidedP} from "../../src/lib/stats/student-t.js";

// NIST StRD "Longley" (higher difficulty): certified values from itl.nist.gov/div898/strd/lls/data/Longley.shtml.
const LONGLEY = [
  [60323, 83.0, 234289, 2356, 1590, 107608, 1947],
  [61122, 88.5, 259426, 2325, 1456, 108632, 1948],
  [60171, 88.2, 258054, 3682, 1616, 109773, 1949],
  [61187, 89.5, 284599, 3351, 1650, 110929, 1950],
  [63221, 96.2, 328975, 2099, 3099, 112075, 1951],
  [63639, 98.1, 346999, 1932, 3594, 113270, 1952],
  [64989, 99.0, 365385, 1870, 3547, 115094, 1953],
  [63761, 100.0, 363112, 3578, 3350, 116219, 1954],
  [66019, 101.2, 397469, 2904, 3048, 117388, 1955],
  [67857, 104.6, 419180, 2822, 2857, 118734, 1956],
  [68169, 108.4, 442769, 2936, 2798, 120445, 1957],
  [66513, 110.8, 444546, 4681, 2637, 121950, 1958],
  [68655, 112.6, 482704, 3813, 2552, 123366, 1959],
  [69564, 114.2, 502601, 3931, 2514, 125368, 1960],
  [69331, 115.7, 518173, 4806, 2572, 127852, 1961],
  [70551, 116.9, 554894, 4007, 2827, 130081, 1962],
];
const CERTIFIED_B = [
  -3482258.63459582, 15.0618722713733, -0.35819179292591e-1, -2.02022980381683, -1.03322686717359,
  -0.511041056535807e-1, 1829.15146461355,
];
const CERTIFIED_SE = [
  890420.383607373, 84.9149257747669, 0.334910077722432e-1, 0.488399681651699, 0.214274163161675, 0.22607320006937,
  455.478499142212,
];

const relClose = (actual: number, expected: number, digits: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(10 ** -digits);

describe("ols", () => {
  it("reproduces NIST's certified Longley estimates to 8 significant digits", () => {
    const y = LONGLEY.map((r) => r[0]);
    const columns = [1, 2, 3, 4, 5, 6].map((j) => LONGLEY.map((r) => r[j]));
    const fit = ols(y, columns);
    expect(fit.n).toBe(16);
    expect(fit.df).toBe(9);
    fit.coefficients.forEach((b, j) => relClose(b, CERTIFIED_B[j], 8));
    fit.standardErrors.forEach((se, j) => relClose(se, CERTIFIED_SE[j], 8));
    relClose(fit.sigma, 304.854073561965, 9);
    relClose(fit.r2, 0.995479004577296, 12);
  });

  it("matches a hand-computed line, with t and p from the t distribution", () => {
    // x = 1..5, y = 2,4,5,4,5: slope 0.6, intercept 2.2, SSE 2.4, s² = 0.8, SE(slope) = sqrt(0.8/10).
    const fit = ols([2, 4, 5, 4, 5], [[1, 2, 3, 4, 5]]);
    expect(fit.coefficients[0]).toBeCloseTo(2.2, 12);
    expect(fit.coefficients[1]).toBeCloseTo(0.6, 12);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(fit.r2).toBeCloseTo(0.6, 12);
    expect(fit.residuals).toEqual([-0.8, 0.6, 1.0, -0.6, -0.2].map((v) => expect.closeTo(v, 12)));
    expect(fit.p[1]).toBeCloseTo(0.1240270626575546, 10); // scipy.stats.t.sf(0.6/sqrt(0.08), 3) * 2
  });

  it("drops rows with a missing value anywhere, counts them and keeps residuals aligned", () => {
    const fit = ols(
      [2, null, 4, 5, 4, 5, 9],
      [[1, 7, 2, 3, 4, 5, null], [0, 0, 0, 0, 0, 1, 0].map((v, i) => (i === 3 ? 1 : v))],
    );
    expect(fit.n).toBe(5);
    expect(fit.dropped).toBe(2);
    expect(fit.residuals[1]).toBeNull();
    expect(fit.residuals[6]).toBeNull();
    expect(fit.fitted.filter((v) => v != null)).toHaveLength(5);
  });

  it("returns NaN rather than garbage for a singular design or too few rows", () => {
    const twice = ols(
      [1, 2, 3, 5],
      [
        [1, 2, 3, 4],
        [2, 4, 6, 8],
      ],
    );
    expect(twice.coefficients.every(Number.isNaN)).toBe(true);
    expect(ols([1, 2], [[1, 2]]).r2).toBeNaN();
  });

  it("simpleRegression is the one-predictor case", () => {
    const fit = simpleRegression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.n).toBe(5);
  });
});

describe("student t", () => {
  it("gives the tabled two-sided p-values and quantiles", () => {
    expect(tTwoSidedP(2.228138851986274, 10)).toBeCloseTo(0.05, 12);
    expect(tTwoSidedP(1, 1)).toBeCloseTo(0.5, 12);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.1824463052837078, 9);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 9);
  });
});

describe("standardizedRegression", () => {
  const zScores = (values: number[]) => {
    const m = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
    return values.map((v) => (v - m) / sd);
  };

  it("gives the slopes and R² of ols on z-scores, over the complete rows", () => {
    const next = mulberry32(3);
    const n = 400;
    const a = Array.from({length: n}, () => next());
    const b = a.map((v) => 0.6 * v + next());
    const y = a.map((v, i) => 2 * v - 1.5 * b[i] + next() * 0.5);
    const withGaps = [NaN, ...y.slice(1)];
    const fit = standardizedRegression(withGaps, [a, b]);
    const keep = (v: number[]) => v.slice(1);
    const reference = ols(zScores(keep(y)), [zScores(keep(a)), zScores(keep(b))]);
    expect(fit.n).toBe(n - 1);
    expect(fit.coefficients[0]).toBeCloseTo(reference.coefficients[1], 10);
    expect(fit.coefficients[1]).toBeCloseTo(reference.coefficients[2], 10);
    expect(fit.r2).toBeCloseTo(reference.r2, 10);
  });

  it("with one predictor, the slope is Pearson's r and R² its square", () => {
    const fit = standardizedRegression([2, 4, 5, 4, 5], [[1, 2, 3, 4, 5]]);
    expect(fit.coefficients[0]).toBeCloseTo(0.7745966692, 9);
    expect(fit.r2).toBeCloseTo(0.6, 12);
  });

  it("is NaN for collinear predictors", () => {
    expect(
      standardizedRegression(
        [1, 2, 3, 5],
        [
          [1, 2, 3, 4],
          [2, 4, 6, 8],
        ],
      ).r2,
    ).toBeNaN();
  });
});

describe("weighted least squares", () => {
  // The interaction data of tests/lib/ondermijning/robustness.test.ts with respondent counts as
  // weights. Reference: numpy 2.4 closed form β = (X'WX)⁻¹X'Wy, s² = Σw·e²/(n − 4),
  // se = √(diag((X'WX)⁻¹)·s²), p from scipy.stats.t.sf; R² = 1 − Σw·e²/Σw·(y − ȳw)².
  const x = [1.2, 2.3, 0.7, 3.1, 2.2, 1.9, 0.4, 2.8, 3.5, 1.1, 2.6, 0.9, 1.7, 3.0, 2.1, 0.6, 1.4, 2.9, 3.3, 6.0];
  const m = [0.5, 1.1, 0.2, 0.9, 1.4, 0.3, 0.8, 1.2, 0.6, 1.0, 0.4, 1.3, 0.7, 1.5, 0.9, 1.1, 0.2, 0.8, 1.0, 1.6];
  const y = [3.1, 4.0, 2.2, 5.3, 3.6, 3.9, 1.8, 4.4, 6.1, 2.9, 4.8, 2.1, 3.5, 4.2, 3.7, 2.0, 3.3, 4.9, 5.0, 4.1];
  const w = [310, 820, 450, 1200, 380, 660, 300, 940, 1500, 520, 700, 330, 410, 1100, 600, 350, 480, 900, 1300, 320];
  const xm = x.map((v, i) => v * m[i]);

  it("matches the closed form", () => {
    const fit = ols(y, [x, m, xm], {weights: w});
    const expected = {
      coefficients: [0.338842893747619, 2.0303484800915563, 1.427086242175709, -1.0424364578387741],
      standardErrors: [0.34130626922788004, 0.14017528946710384, 0.34447522642174827, 0.12569330120306824],
      p: [0.3355936925701501, 1.2896060534792785e-10, 0.0007648063678911845, 3.4640352958776195e-7],
    };
    for (const key of ["coefficients", "standardErrors"] as const)
      expected[key].forEach((v, j) => expect(fit[key][j]).toBeCloseTo(v, 10));
    expected.p.forEach((v, j) => expect(fit.p[j] / v).toBeCloseTo(1, 6));
    expect(fit.r2).toBeCloseTo(0.9530702532450182, 10);
    expect(fit.residuals[0]).toBeCloseTo(y[0] - fit.fitted[0]!, 12);
  });

  it("equals OLS with equal weights, and drops rows without a positive weight", () => {
    const plain = ols(y, [x, m, xm]);
    const equal = ols(y, [x, m, xm], {weights: w.map(() => 7)});
    plain.coefficients.forEach((b, j) => expect(equal.coefficients[j]).toBeCloseTo(b, 10));
    expect(equal.standardErrors[3]).toBeCloseTo(plain.standardErrors[3], 10);
    const partial = ols(y, [x, m, xm], {weights: [null, 0, ...w.slice(2)]});
    expect(partial.n).toBe(18);
    expect(partial.dropped).toBe(2);
  });
});
