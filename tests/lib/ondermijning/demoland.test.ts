// The ondermijning analysis on Demoland recovers what the generator planted (truth.json).
import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {generateDemoland, type DemolandTruth} from "../../../data-loaders/demo/index.ts";
import {DEFAULTS} from "../../../src/lib/ondermijning/defaults.js";
import {ONDERMIJNING_IDS, safetyWide} from "../../../src/lib/ondermijning/queries.js";
import {analyse} from "../../../src/lib/ondermijning/analysis.js";
import {markRows} from "../../../src/lib/ondermijning/selection.js";
import {correlationWithInterval} from "../../../src/lib/ondermijning/correlations.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

type Row = Record<string, unknown>;

async function load(conn: DuckDBConnection, name: string, columns: [string, string][], rows: Row[]) {
  await conn.run(`CREATE TABLE ${name} (${columns.map(([c, t]) => `${c} ${t}`).join(", ")})`);
  const appender = await conn.createAppender(name);
  for (const row of rows) {
    for (const [c, t] of columns) {
      const v = row[c];
      if (v == null) appender.appendNull();
      else if (t === "VARCHAR") appender.appendVarchar(String(v));
      else if (t === "DOUBLE") appender.appendDouble(v as number);
      else appender.appendInteger(v as number);
    }
    appender.endRow();
  }
  appender.closeSync();
}

describe("ondermijning on Demoland", () => {
  let truth: DemolandTruth;
  let rows: Row[];
  beforeAll(async () => {
    const demo = generateDemoland();
    truth = demo.truth;
    const conn = await memoryConnection();
    const {areas, lbm, safety} = demo.dataset;
    await load(
      conn,
      "areas",
      [
        ["code", "VARCHAR"],
        ["name", "VARCHAR"],
        ["level", "VARCHAR"],
        ["gemeente_code", "VARCHAR"],
        ["provincie_code", "VARCHAR"],
        ["provincie_name", "VARCHAR"],
        ["corop_code", "VARCHAR"],
        ["size_class", "VARCHAR"],
        ["stedelijkheid", "INTEGER"],
        ["inhabitants", "INTEGER"],
      ],
      areas.filter((a) => a.level === "gemeente") as unknown as Row[],
    );
    await load(
      conn,
      "lbm",
      [
        ["code", "VARCHAR"],
        ["level", "VARCHAR"],
        ["year", "INTEGER"],
        ["soc", "DOUBLE"],
      ],
      lbm.filter((r) => r.level === "gemeente") as unknown as Row[],
    );
    await load(
      conn,
      "safety",
      [
        ["code", "VARCHAR"],
        ["level", "VARCHAR"],
        ["year", "INTEGER"],
        ["measure", "VARCHAR"],
        ["value", "DOUBLE"],
        ["respondents", "INTEGER"],
      ],
      safety as unknown as Row[],
    );
    const wide = await runFragment(conn, safetyWide({safetyYear: DEFAULTS.safetyYear, lbmYear: DEFAULTS.lbmYear}));
    rows = markRows(wide, {minRespondents: DEFAULTS.minRespondents});
  }, 120_000);

  const run = (options = {}) =>
    analyse(rows, {
      indicators: ONDERMIJNING_IDS.map((id) => ({id})),
      weights: ONDERMIJNING_IDS.map((id) => ({id, weight: 1})),
      method: "z",
      outlierAlpha: DEFAULTS.outlierAlpha,
      ...options,
    });

  it("analyses the reliable gemeenten and reproduces the planted composite", () => {
    const result = run();
    const planted = truth.ondermijning_outliers;
    expect(result.counts.analysed).toBe(planted.reliable_gemeenten);
    for (const g of planted.gemeenten) {
      const row = result.rows.find((r) => r.code === g.code)!;
      expect(row.index).toBeCloseTo(g.composite, 3);
      expect(row.onveilig).toBe(g.onveilig_buurt);
    }
  });

  it("recovers the planted outliers: high index, low onveiligheid, high samenhang", () => {
    // Bonferroni over ~141 gemeenten is strict: the weakest planted outlier has a Bonferroni p just
    // above 0,05, so the planted ones are all flagged at the control's α = 0,10, and at the default
    // α = 0,05 nothing that was not planted is flagged.
    const plantedCodes = new Set(truth.ondermijning_outliers.gemeenten.map((g) => g.code));
    const strict = run().rows.filter((r) => r.label === "signsWithoutUnsafety");
    expect(strict.every((r) => plantedCodes.has(r.code))).toBe(true);
    const result = run({outlierAlpha: 0.1});
    const analysed = result.rows.filter((r) => r.analysed);
    const byResidual = [...analysed].sort((a, b) => a.residual! - b.residual!);
    const socs = analysed.map((r) => r.soc as number).sort((a, b) => a - b);
    const socMedian = socs[Math.floor(socs.length / 2)];
    for (const g of truth.ondermijning_outliers.gemeenten) {
      const row = result.rows.find((r) => r.code === g.code)!;
      expect(row.label, g.name).toBe("signsWithoutUnsafety");
      expect(byResidual.indexOf(row) + 1).toBe(g.residual_rank);
      expect(row.rank!, `${g.name} ranks in the top quarter of the index`).toBeLessThanOrEqual(analysed.length / 4);
      expect(row.soc as number).toBeGreaterThan(socMedian);
    }
    // The planted gemeenten are the most extreme of that kind.
    const planted = truth.ondermijning_outliers.gemeenten.map((g) => g.code).sort();
    expect(
      byResidual
        .slice(0, planted.length)
        .map((r) => r.code)
        .sort(),
    ).toEqual(planted);
  });

  it("finds the indicator correlations the generator realised, overall", () => {
    const result = run();
    for (const id of ONDERMIJNING_IDS) {
      const overall = result.correlations.find((c) => c.id === id && c.group === "all")!;
      expect(overall.r!).toBeCloseTo(truth.ondermijning_outliers.realized_correlation[id].all, 3);
      expect(overall.lo!).toBeLessThan(overall.r!);
    }
  });

  it("shows the link to be urban, as planted: stronger where stedelijkheid is 1–2", () => {
    const result = run();
    const analysed = result.rows.filter((r) => r.analysed);
    const r = (value: (d: (typeof analysed)[number]) => number | null, urban: boolean) => {
      const rows = analysed.filter((d) => (d.stedelijkheid as number) <= 2 === urban);
      return correlationWithInterval(
        rows.map(value),
        rows.map((d) => d.onveilig as number),
      ).r!;
    };
    const realised = truth.ondermijning_outliers.realized_correlation;
    for (const id of ONDERMIJNING_IDS) {
      expect(r((d) => d.values[id], true)).toBeCloseTo(realised[id].urban, 3);
      expect(r((d) => d.values[id], false)).toBeCloseTo(realised[id].other, 3);
    }
    expect(r((d) => d.index, true)).toBeGreaterThan(r((d) => d.index, false) + 0.2);
  });

  it("changes the ranking when the weights change", () => {
    const base = run();
    const hennep = run({weights: [{id: "hennepkwekerijen", weight: 1}]});
    const top = (result: ReturnType<typeof run>) => result.rows.filter((r) => r.rank === 1).map((r) => r.code);
    expect(top(hennep)).not.toEqual(top(base));
  });
});
