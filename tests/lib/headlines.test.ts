import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {DEFAULTS as ONDERMIJNING} from "../../src/lib/ondermijning/defaults.js";
import {safetyHeadline} from "../../src/lib/ondermijning/headline.js";
import {analyseAndRank} from "../../src/lib/ondermijning/analysis.js";
import {DEFAULTS as ONGELIJKHEID} from "../../src/lib/ongelijkheid/defaults.js";
import {sesHeadline, sesHeadlineInterval} from "../../src/lib/ongelijkheid/headline.js";
import {clusteredCorrelation} from "../../src/lib/stats/cluster-robust.js";
import {DEFAULTS as STIJGERS} from "../../src/lib/stijgers/defaults.js";
import {largestRiserGain, risersHeadline} from "../../src/lib/stijgers/headline.js";
import {fisherInterval, pearson} from "../../src/lib/stats/correlation.js";
import {memoryConnection, runFragment} from "../helpers/duck.ts";

// Four buurten, 2014 → 2020. A: 4→5 via onv (riser); B: 3→3; C: 4→2 (faller); D: 6→6 (not weak).
const LBM = `
CREATE TABLE lbm AS SELECT * FROM (VALUES
  ('BU00010101','buurt',2014, 3.95,-0.05, 0.0,0.0,0.0,0.0,-0.05, 4),
  ('BU00010101','buurt',2020, 4.05, 0.05, 0.0,0.0,0.02,0.0, 0.03, 5),
  ('BU00010102','buurt',2014, 3.80,-0.20, -0.1,0.0,0.0,0.0,-0.1, 3),
  ('BU00010102','buurt',2020, 3.80,-0.20, -0.1,0.0,0.0,0.0,-0.1, 3),
  ('BU00010103','buurt',2014, 4.00, 0.00, 0.0,0.0,0.0,0.0,0.0, 4),
  ('BU00010103','buurt',2020, 3.60,-0.40, -0.2,0.0,0.0,-0.2,0.0, 2),
  ('BU00010104','buurt',2014, 4.20, 0.20, 0.1,0.1,0.0,0.0,0.0, 6),
  ('BU00010104','buurt',2020, 4.20, 0.20, 0.1,0.1,0.0,0.0,0.0, 6)
) t(code, level, year, lbm, afw, won, fys, vrz, soc, onv, lbm_class)`;

const SES = `
CREATE TABLE ses AS SELECT * FROM (VALUES
  ('BU00010101','buurt',2019, 0.1), ('BU00010102','buurt',2019, -0.3),
  ('BU00010103','buurt',2019, NULL), ('BU00010104','buurt',2019, 0.4)
) t(code, level, year, ses_total)`;

// Buurten 1 and 2 in gemeente 1, 3 and 4 in gemeente 2 (the clusters of the SES interval).
const AREAS = `
CREATE TABLE areas AS SELECT * FROM (VALUES
  ('BU00010101','GM0001'), ('BU00010102','GM0001'), ('BU00010103','GM0002'), ('BU00010104','GM0002')
) t(code, gemeente_code)`;

// Three reliable gemeenten and one with too few respondents.
const SAFETY = `
CREATE TABLE safety AS SELECT * FROM (VALUES
  ('GM0001','gemeente',2019,'onveilig_buurt',30.0,1000), ('GM0002','gemeente',2019,'onveilig_buurt',20.0,800),
  ('GM0003','gemeente',2019,'onveilig_buurt',10.0,500), ('GM0004','gemeente',2019,'onveilig_buurt',50.0,100),
  ('GM0001','gemeente',2019,'verdachten_drugs',3.0,NULL), ('GM0002','gemeente',2019,'verdachten_drugs',2.0,NULL),
  ('GM0003','gemeente',2019,'verdachten_drugs',1.0,NULL), ('GM0004','gemeente',2019,'verdachten_drugs',9.0,NULL),
  ('GM0001','gemeente',2019,'hennepkwekerijen',1.0,NULL), ('GM0002','gemeente',2019,'hennepkwekerijen',3.0,NULL),
  ('GM0003','gemeente',2019,'hennepkwekerijen',2.0,NULL), ('GM0004','gemeente',2019,'hennepkwekerijen',9.0,NULL)
) t(code, level, year, measure, value, respondents)`;

describe("home headlines", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    for (const ddl of [LBM, SES, AREAS, SAFETY]) await conn.run(ddl);
  });

  it("counts weak buurten, risers and fallers and finds the risers' main dimension", async () => {
    const [row] = await runFragment(conn, risersHeadline(STIJGERS));
    expect(row).toMatchObject({weak: 3, risers: 1, fallers: 1});
    expect(row.d_onv).toBeCloseTo(0.08, 12);
    expect(largestRiserGain(row)).toMatchObject({id: "onv", label: "Overlast en onveiligheid"});
  });

  it("follows a stricter riser definition", async () => {
    const [row] = await runFragment(conn, risersHeadline({...STIJGERS, riserMinClass: 6}));
    expect(row).toMatchObject({weak: 3, risers: 0});
    expect(largestRiserGain(row)).toBeNull();
  });

  it("correlates LBM with SES over buurten that have SES and counts the missing", async () => {
    const [row] = await runFragment(conn, sesHeadline(ONGELIJKHEID));
    expect(row).toMatchObject({n: 3, missing: 1});
    const expected = pearson([4.05, 3.8, 4.2], [0.1, -0.3, 0.4]).r;
    expect(row.r).toBeCloseTo(expected, 12);
  });

  it("gives the same gemeente-clustered interval in SQL as clusteredCorrelation in JavaScript", async () => {
    const [row] = await runFragment(conn, sesHeadline(ONGELIJKHEID));
    expect(Number(row.clusters)).toBe(2);
    const js = clusteredCorrelation([0.1, -0.3, 0.4], [4.05, 3.8, 4.2], ["GM0001", "GM0001", "GM0002"]);
    const [lower, upper] = sesHeadlineInterval(row as any);
    expect(lower).toBeCloseTo(js.lower, 10);
    expect(upper).toBeCloseTo(js.upper, 10);
    expect(Math.sqrt(2 * Number(row.ss))).toBeCloseTo(js.se, 10);
  });

  it("uses only reliable gemeenten for the ondermijning index", async () => {
    const [row] = await runFragment(conn, safetyHeadline(ONDERMIJNING));
    expect(row).toMatchObject({n: 3, gemeenten: 4});
    // z of drugs: (1, 0, -1); z of hennep: (-1, 1, 0); index: (0, 0.5, -0.5) against onveilig (30, 20, 10).
    expect(row.r).toBeCloseTo(pearson([0, 0.5, -0.5], [30, 20, 10]).r, 12);
  });
});

describe("home ondermijning headline follows the page's inclusion rule", () => {
  it("leaves out a reliable gemeente that lacks an indicator, as the Ondermijning page does (was: averaged what it had)", async () => {
    const conn = await memoryConnection();
    await conn.run(SAFETY);
    // GM0005: reliable, a drugs value but no hennep value.
    await conn.run(`INSERT INTO safety VALUES
      ('GM0005','gemeente',2019,'onveilig_buurt',40.0,900), ('GM0005','gemeente',2019,'verdachten_drugs',5.0,NULL)`);
    const [row] = await runFragment(conn, safetyHeadline(ONDERMIJNING));
    // The page: analyse() on the same gemeenten, both indicators chosen with equal weights.
    const wide = [
      ["GM0001", 30, 1000, 3, 1],
      ["GM0002", 20, 800, 2, 3],
      ["GM0003", 10, 500, 1, 2],
      ["GM0004", 50, 100, 9, 9],
      ["GM0005", 40, 900, 5, null],
    ].map(([code, onveilig, respondents, drugs, hennep]) => ({
      code,
      onveilig,
      reliable: (respondents as number) >= ONDERMIJNING.minRespondents,
      in_selection: true,
      soc: null,
      stedelijkheid: 1,
      verdachten_drugs: drugs,
      hennepkwekerijen: hennep,
    }));
    const {result} = analyseAndRank(wide, {
      indicators: [{id: "verdachten_drugs"}, {id: "hennepkwekerijen"}],
      weights: [
        {id: "verdachten_drugs", weight: 1},
        {id: "hennepkwekerijen", weight: 1},
      ],
      method: "z",
      outlierAlpha: 0.05,
      labelOf: String,
    });
    const page = result.correlations.find((d: {id: string; group: unknown}) => d.id === "index" && d.group === "all");
    expect(row.n).toBe(3);
    expect(page?.n).toBe(3);
    expect(row.r).toBeCloseTo(page?.r as number, 12);
  });
});

describe("correlation statistics", () => {
  it("computes Pearson's r on a known case and skips incomplete pairs", () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]).r).toBeCloseTo(0.7745966692, 9);
    expect(pearson([1, 2, null, 3], [1, 2, 5, 3])).toEqual({r: 1, n: 3});
  });

  it("gives the Fisher-z interval of r = 0.5, n = 50", () => {
    // atanh(0.5) = 0.549306; ± 1.959964/sqrt(47) = 0.285890 → tanh: 0.257488, 0.683256
    const [lo, hi] = fisherInterval(0.5, 50);
    expect(lo).toBeCloseTo(0.257488, 5);
    expect(hi).toBeCloseTo(0.683256, 5);
    expect(fisherInterval(0.5, 3).every(Number.isNaN)).toBe(true);
  });
});

describe("normal quantile", () => {
  it("matches tabulated values", async () => {
    const {normalQuantile} = await import("../../src/lib/stats/normal.js");
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281551566, 8);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});
