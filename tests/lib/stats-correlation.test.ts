import {describe, expect, it} from "vitest";
import {fisherInterval, pearson} from "../../src/lib/stats/correlation.js";
import {averageRanks} from "../../src/lib/stats/rank.js";
import {spearman} from "../reference/spearman.js";
import {effectiveSize, weightedPearson} from "../../src/lib/stats/weighted.js";
import {bootstrapInterval, quantileSorted} from "../reference/bootstrap.js";
import {mulberry32} from "../../src/lib/stats/random.js";
import {adjustPValues, benjaminiHochberg, bonferroni} from "../../src/lib/stats/fdr.js";
import {normalQuantile} from "../../src/lib/stats/normal.js";

describe("ranks and Spearman", () => {
  it("gives ties their average rank", () => {
    expect([...averageRanks([1, 2, 2, 3, 4, 4, 4, 5])]).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
  });

  it("matches scipy.stats.spearmanr on data with ties in both variables", () => {
    const x = [1, 2, 2, 3, 4, 4, 4, 5],
      y = [2, 1, 3, 3, 5, 4, 6, 6];
    expect(spearman(x, y).r).toBeCloseTo(0.9007775105401477, 12);
    // The no-ties shortcut 1 − 6Σd²/(n(n²−1)) would give 0.9047…; make sure we are not using it.
    expect(Math.abs(spearman(x, y).r - 0.9047619)).toBeGreaterThan(1e-3);
  });

  it("is 1 for any increasing relation and skips missing pairs", () => {
    expect(spearman([1, 2, 3, 4, null], [1, 8, 27, 64, 5]).r).toBeCloseTo(1, 14);
    expect(spearman([1, 2, 3, 4, null], [1, 8, 27, 64, 5]).n).toBe(4);
  });
});

describe("weighted Pearson", () => {
  it("equals Pearson on data repeated by integer weights (numpy on np.repeat)", () => {
    const x = [1, 2, 3, 4, 5],
      y = [2, 1, 4, 3, 6],
      w = [1, 3, 2, 1, 2];
    expect(weightedPearson(x, y, w).r).toBeCloseTo(0.8718572905786447, 12);
    expect(weightedPearson(x, y, w).weight).toBe(9);
  });

  it("equals plain Pearson with equal weights, and skips zero, missing or absent weights", () => {
    const x = [1, 2, 3, 4, 5, 9],
      y = [2, 1, 4, 3, 6, -9];
    expect(weightedPearson(x, y, [2, 2, 2, 2, 2, 0]).r).toBeCloseTo(pearson(x.slice(0, 5), y.slice(0, 5)).r, 14);
    expect(weightedPearson(x, y, [2, 2, 2, 2, 2, null]).n).toBe(5);
  });

  it("Kish's effective size is n for equal weights and smaller otherwise", () => {
    expect(effectiveSize([3, 3, 3, 3])).toBeCloseTo(4, 14);
    expect(effectiveSize([1, 1, 1, 9])).toBeCloseTo(144 / 84, 14);
  });
});

describe("Fisher z interval", () => {
  it("matches the hand computation r = 0.5, n = 28 → [0.1560, 0.7358]", () => {
    // z = atanh(0.5) = 0.5493, SE = 1/sqrt(25) = 0.2, z ± 1.96·0.2 = [0.1573, 0.9413] → tanh
    const [lo, hi] = fisherInterval(0.5, 28);
    expect(lo).toBeCloseTo(Math.tanh(Math.atanh(0.5) - normalQuantile(0.975) / 5), 14);
    expect(lo).toBeCloseTo(0.156, 3);
    expect(hi).toBeCloseTo(0.7358, 3);
  });
});

describe("seeded bootstrap", () => {
  it("is reproducible and differs by seed", () => {
    const data = Array.from({length: 50}, (_, i) => Math.sin(i) * 3 + i / 10);
    const mean = (idx: Int32Array) => idx.reduce((s, i) => s + data[i], 0) / idx.length;
    const a = bootstrapInterval(mean, data.length, {seed: 7, replicates: 200});
    expect(bootstrapInterval(mean, data.length, {seed: 7, replicates: 200})).toEqual(a);
    expect(bootstrapInterval(mean, data.length, {seed: 8, replicates: 200}).lower).not.toBe(a.lower);
  });

  it("gives about ±1.96·SE for the mean of 400 normal scores", () => {
    const data = Array.from({length: 400}, (_, i) => normalQuantile((i + 0.5) / 400));
    const mean = (idx: Int32Array) => idx.reduce((s, i) => s + data[i], 0) / idx.length;
    const {lower, upper, estimate} = bootstrapInterval(mean, 400, {seed: 3, replicates: 4000});
    expect(estimate).toBeCloseTo(0, 10);
    const sd = Math.sqrt(data.reduce((s, v) => s + v * v, 0) / 400);
    expect(lower).toBeCloseTo((-1.96 * sd) / 20, 2);
    expect(upper).toBeCloseTo((1.96 * sd) / 20, 2);
  });

  it("interpolates quantiles like numpy's default", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
  });

  it("mulberry32 stays in [0, 1) and is deterministic", () => {
    const r = mulberry32(42),
      s = mulberry32(42);
    for (let i = 0; i < 1000; ++i) {
      const v = r();
      expect(v).toBe(s());
      expect(v >= 0 && v < 1).toBe(true);
    }
  });
});

describe("multiple testing", () => {
  it("Benjamini–Hochberg matches scipy.stats.false_discovery_control", () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5, 0.2]);
    [0.03, 0.06, 0.06, 0.03, 0.5, 0.24].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 14));
  });

  it("keeps nulls in place and does not count them", () => {
    expect(benjaminiHochberg([0.01, null, 0.02])).toEqual([0.02, null, 0.02]);
    expect(bonferroni([0.01, null, 0.6])).toEqual([0.02, null, 1]);
    expect(adjustPValues([0.1], "none")).toEqual([0.1]);
    expect(() => adjustPValues([0.1], "holm")).toThrow(/Onbekende/);
  });
});

describe("bootstrap of correlations by multiplicities", async () => {
  const {correlationBootstrapKernel} = await import("../../src/lib/stats/bootstrap-correlation.js");
  const random = mulberry32(5);
  const n = 120;
  const x = Float64Array.from({length: n}, () => Math.round(random() * 20)); // many ties
  const y = Float64Array.from(x, (v) => Math.round(v + random() * 15));
  const w = Float64Array.from({length: n}, () => 1 + Math.floor(random() * 5));

  it("gives the same interval as resampling rows explicitly (Spearman with ties)", () => {
    const naive = bootstrapInterval(
      (idx) =>
        spearman(
          [...idx].map((i) => x[i]),
          [...idx].map((i) => y[i]),
        ).r,
      n,
      {seed: 21, replicates: 300},
    );
    const fast = correlationBootstrapKernel(x, y, null, "spearman", 300, 0.95, 21);
    expect(fast.estimate).toBeCloseTo(spearman([...x], [...y]).r, 12);
    expect(fast.lower).toBeCloseTo(naive.lower, 10);
    expect(fast.upper).toBeCloseTo(naive.upper, 10);
  });

  it("gives the same interval as resampling rows explicitly (weighted Pearson)", () => {
    const naive = bootstrapInterval(
      (idx) =>
        weightedPearson(
          [...idx].map((i) => x[i]),
          [...idx].map((i) => y[i]),
          [...idx].map((i) => w[i]),
        ).r,
      n,
      {seed: 4, replicates: 300},
    );
    const fast = correlationBootstrapKernel(x, y, w, "pearson", 300, 0.95, 4);
    expect(fast.estimate).toBeCloseTo(weightedPearson([...x], [...y], [...w]).r, 12);
    expect(fast.lower).toBeCloseTo(naive.lower, 10);
    expect(fast.upper).toBeCloseTo(naive.upper, 10);
  });
});

describe("correlate (page entry point)", async () => {
  const {correlate, fisherZInterval, weightedRanks} = await import("../../src/lib/stats/correlate.js");
  const {correlationByGroup} = await import("../reference/correlation-by-group.js");
  const x = [1, 2, 2, 3, 4, 4, 4, 5],
    y = [2, 1, 3, 3, 5, 4, 6, 6];

  it("gives Pearson with the Fisher interval and Spearman with Fieller's wider one", () => {
    const p = correlate(x, y);
    expect(p.r).toBeCloseTo(pearson(x, y).r, 14);
    expect([p.lower, p.upper]).toEqual(fisherInterval(p.r, 8));
    const s = correlate(x, y, {method: "spearman"});
    expect(s.r).toBeCloseTo(0.9007775105401477, 12);
    const [lo, hi] = fisherZInterval(s.r, 8, {varianceFactor: 1.06});
    expect([s.lower, s.upper]).toEqual([lo, hi]);
    expect(hi - lo).toBeGreaterThan(fisherInterval(s.r, 8)[1] - fisherInterval(s.r, 8)[0]);
  });

  it("weighted Spearman with integer weights equals Spearman on repeated rows", () => {
    const w = [1, 2, 1, 3, 1, 1, 2, 1];
    const rx: number[] = [],
      ry: number[] = [];
    x.forEach((v, i) => {
      for (let k = 0; k < w[i]; ++k) (rx.push(v), ry.push(y[i]));
    });
    expect(correlate(x, y, {method: "spearman", weights: w}).r).toBeCloseTo(spearman(rx, ry).r, 12);
    expect(correlate(x, y, {weights: w}).effectiveN).toBeCloseTo(144 / 22, 12);
    expect([...weightedRanks([3, 1, 3], [1, 1, 1])]).toEqual([2, 0.5, 2]);
  });

  it("groups rows and leaves out small groups", () => {
    const rows = x.map((v, i) => ({v, w: y[i], g: i < 5 ? "a" : "b"}));
    const out = correlationByGroup(rows, {key: (d: any) => d.g, x: (d: any) => d.v, y: (d: any) => d.w, minN: 4});
    expect(out.map((d: any) => d.group)).toEqual(["a"]);
    expect(out[0].r).toBeCloseTo(pearson(x.slice(0, 5), y.slice(0, 5)).r, 14);
  });
});

describe("correlationTable", async () => {
  const {correlate, correlationTable} = await import("../../src/lib/stats/correlate.js");
  const random = mulberry32(77);
  const a = Array.from({length: 60}, () => Math.round(random() * 9));
  const b = a.map((v) => v + Math.round(random() * 5));
  const c = a.map((v, i) => (i === 3 ? null : -v + random()));
  const w: number[] = a.map(() => 1 + Math.floor(random() * 3));

  it("matches correlate on the listwise-complete areas, for Spearman and weights too", () => {
    for (const method of ["pearson", "spearman"]) {
      for (const weights of [null, w]) {
        const table = correlationTable({a, b, c}, ["a"], ["b", "c"], {method, weights});
        const keep = (arr: (number | null)[]) => arr.filter((_, i) => i !== 3);
        expect(table[0].n).toBe(59);
        expect(table[0].r).toBeCloseTo(correlate(keep(b), keep(a), {method, weights: weights && keep(weights)}).r, 12);
        expect(table[1].r).toBeCloseTo(correlate(keep(c), keep(a), {method, weights: weights && keep(weights)}).r, 12);
      }
    }
  });
});
