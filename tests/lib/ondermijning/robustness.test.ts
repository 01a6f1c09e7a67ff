import {describe, expect, it} from "vitest";
import {interactionRobustness} from "../../../src/lib/ondermijning/moderation.js";
import {interactionVerdict} from "../../../src/lib/ondermijning/moderation-text.js";
import {outlierThreshold} from "../../../src/lib/ondermijning/residuals.js";
import {mulberry32} from "../../../src/lib/stats/random.js";

// The interaction data set of tests/lib/stats-inference.test.ts: one influential row (19) makes the
// classical interaction test overwhelming (p < 1e-5) while HC3 gives p = 0,116 (numpy, see there).
const xs = [1.2, 2.3, 0.7, 3.1, 2.2, 1.9, 0.4, 2.8, 3.5, 1.1, 2.6, 0.9, 1.7, 3.0, 2.1, 0.6, 1.4, 2.9, 3.3, 6.0];
const ms = [0.5, 1.1, 0.2, 0.9, 1.4, 0.3, 0.8, 1.2, 0.6, 1.0, 0.4, 1.3, 0.7, 1.5, 0.9, 1.1, 0.2, 0.8, 1.0, 1.6];
const ys = [3.1, 4.0, 2.2, 5.3, 3.6, 3.9, 1.8, 4.4, 6.1, 2.9, 4.8, 2.1, 3.5, 4.2, 3.7, 2.0, 3.3, 4.9, 5.0, 4.1];
const names = xs.map((_, i) => `Gemeente ${i + 1}`);

describe("robustness of the samenhang moderation", () => {
  it("does not let one influential gemeente carry the finding", () => {
    const robustness = interactionRobustness(ys, xs, ms);
    // HC3 does not depend on centring the predictors (the interaction column's coefficient is the same).
    expect(robustness.hc3P).toBeCloseTo(0.11607733119634323, 8);
    expect(robustness.influential[0]).toMatchObject({index: 19});
    expect(robustness.cutoff).toBeCloseTo(4 / 20, 14);
    expect(robustness.survives).toBe(false);
    const sentence = interactionVerdict({coefficient: -1.07, p: 1e-6}, robustness, (i) => names[i]);
    expect(sentence).toMatch(/houdt geen stand/);
    expect(sentence).toMatch(/HC3\) p = 0,116/);
    expect(sentence).toMatch(/Gemeente 20/);
    expect(sentence).not.toMatch(/^Waar de samenhang hoger is/);
  });

  it("weighs the estimates by their respondents where the data carry them", () => {
    // Weighted p from numpy (tests/lib/stats-regression.test.ts, "weighted least squares").
    const respondents = [
      310, 820, 450, 1200, 380, 660, 300, 940, 1500, 520, 700, 330, 410, 1100, 600, 350, 480, 900, 1300, 320,
    ];
    const robustness = interactionRobustness(ys, xs, ms, {weights: respondents});
    expect(robustness.weighted?.n).toBe(20);
    expect(robustness.weighted!.coefficient).toBeCloseTo(-1.0424364578387741, 10);
    expect(robustness.weighted!.p / 3.4640352958776195e-7).toBeCloseTo(1, 6);
    const sentence = interactionVerdict({coefficient: -1.07, p: 1e-6}, robustness, (i) => names[i]);
    expect(sentence).toMatch(/gewogen naar het aantal respondenten p < 0,001/);
    expect(interactionRobustness(ys, xs, ms, {weights: respondents.map(() => null)}).weighted).toBeNull();
  });

  it("does not print the finding when only the respondent-weighted fit loses it", () => {
    // A real interaction among small gemeenten, none among the large ones that dominate the weights.
    const random = mulberry32(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const n = 240;
    const x = Array.from({length: n}, () => normal());
    const m = Array.from({length: n}, () => normal());
    const large = x.map((_, i) => i % 4 === 0);
    const y = x.map((v, i) => 3 * v + m[i] - (large[i] ? 0 : 1.2) * v * m[i] + normal());
    const weights = large.map((l) => (l ? 20_000 : 300));
    expect(interactionRobustness(y, x, m).survives).toBe(true);
    const robustness = interactionRobustness(y, x, m, {weights});
    expect(robustness.weighted!.p).toBeGreaterThan(0.05);
    expect(robustness.survives).toBe(false);
    expect(interactionVerdict({coefficient: -1, p: 1e-6}, robustness, String)).toMatch(/houdt geen stand/);
  });

  it("prints the finding, with its checks, when it survives them", () => {
    // 200 gemeenten with a real negative interaction and normal noise, no outliers.
    const random = mulberry32(4);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const x = Array.from({length: 200}, () => normal());
    const m = Array.from({length: 200}, () => normal());
    const y = x.map((v, i) => 10 + 3 * v + m[i] - 2 * v * m[i] + normal());
    const robustness = interactionRobustness(y, x, m);
    expect(robustness.survives).toBe(true);
    const sentence = interactionVerdict({coefficient: -2, p: 1e-9}, robustness, String);
    expect(sentence).toMatch(
      /^Waar de samenhang hoger is, gaat de index minder sterk samen met onveiligheid\. Dit houdt stand/,
    );
  });
});

describe("outlier rule", () => {
  it("is Bonferroni on studentised residuals: |t| > t(1 − α/2n; n − 3)", () => {
    // scipy.stats.t.ppf(1 - 0.05/282, 138) = 3.6627918355078073 for 141 gemeenten.
    expect(outlierThreshold(0.05, 141)).toBeCloseTo(3.6627918355078073, 8);
    expect(outlierThreshold(0.05, 3)).toBeNaN();
  });
});
