// Stijgers en dalers on Demoland: the page's queries find the risers and fallers the generator
// planted (truth.json), and the decomposition names the dimension they were planted through.
import type {DuckDBConnection} from "@duckdb/node-api";
import {readFile} from "node:fs/promises";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../../data-loaders/build.ts";
import type {DemolandTruth} from "../../../data-loaders/demo/index.ts";
import {
  checkFindings,
  groupMeans,
  mainContributorOfGroup,
  rankDimensions,
} from "../../../src/lib/stijgers/decomposition.js";
import {defaultDefinition} from "../../../src/lib/stijgers/definition.js";
import * as engine from "../../../src/lib/stijgers/engine.js";
import {buildScores, gemeenteRegionQuery, levelAreasQuery, scoresQuery} from "../../../src/lib/stijgers/scores.js";
import {
  SCORE_COLUMNS,
  areaTableQuery,
  breakdownQuery,
  decompositionQuery,
  matrixQuery,
  summaryQuery,
} from "../../../src/lib/stijgers/queries.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

type Row = Record<string, unknown>;
const DEF = defaultDefinition();
const DIMS = ["won", "fys", "vrz", "soc", "onv"] as const;

describe("stijgers en dalers on Demoland", () => {
  let conn: DuckDBConnection;
  let truth: DemolandTruth;
  let listed: Map<string, Row>;
  beforeAll(async () => {
    const built = await buildDataset({source: "demo"});
    truth = JSON.parse(await readFile(built.path("truth"), "utf8"));
    conn = await memoryConnection();
    await conn.run(`CREATE TABLE lbm AS SELECT * FROM read_parquet('${built.path("lbm")}')`);
    await conn.run(`CREATE TABLE areas AS SELECT * FROM read_parquet('${built.path("areas")}')`);
    listed = new Map((await runFragment(conn, areaTableQuery(DEF))).map((r) => [r.code as string, r]));
  }, 180_000);

  it("uses the years and class bounds the generator planted with", () => {
    expect([truth.years.base, truth.years.end]).toEqual([DEF.baseYear, DEF.endYear]);
    expect(truth.risers_onv.start_classes.every((c) => DEF.startClasses.includes(c))).toBe(true);
    expect(truth.risers_won_soc.start_classes.every((c) => DEF.startClasses.includes(c))).toBe(true);
  });

  it("finds every planted riser under the default definition", () => {
    for (const planted of [truth.risers_onv, truth.risers_won_soc]) {
      const missed = planted.codes.filter((code) => listed.get(code)?.grp !== "stijger");
      expect(missed).toEqual([]);
      for (const code of planted.codes) expect(planted.start_classes).toContain(listed.get(code)!.start_class);
    }
  });

  it("names the planted dimension as the main driver of each riser group (group means over all risers)", async () => {
    const rows = await runFragment(conn, decompositionQuery(DEF));
    const [weak, lowest, national] = checkFindings(rows, {startClasses: DEF.startClasses});
    expect(weak.classes).toEqual(truth.risers_onv.start_classes);
    expect(weak.dominant?.id).toBe(truth.risers_onv.dominant_dimensions[0]);
    expect(lowest.classes).toEqual(truth.risers_won_soc.start_classes);
    expect(
      rankDimensions(lowest.row)
        .slice(0, 2)
        .map((d) => d.id),
    ).toEqual(truth.risers_won_soc.dominant_dimensions);
    expect(national.dominant?.id).toBe(truth.national_change.dominant_dimension);
    expect([weak.matches, lowest.matches, national.matches]).toEqual([true, true, true]);
    // The decomposition adds up: mean change of afw = sum of the dimension means, in every row.
    for (const row of rows) expect(DIMS.reduce((s, d) => s + (row[d] as number), 0)).toBeCloseTo(row.afw as number, 9);
  });

  it("reproduces the planted mean changes over the planted codes", () => {
    for (const planted of [truth.risers_onv, truth.risers_won_soc]) {
      const rows = planted.codes.map((code) => listed.get(code)!);
      for (const d of DIMS) {
        const mean = rows.reduce((s, r) => s + (r[`d_${d}`] as number), 0) / rows.length;
        expect(mean).toBeCloseTo(planted.realized_mean_change[d], 4);
      }
      const byArea = rows.map(
        (r) => mainContributorOfGroup(Object.fromEntries([["afw", r.d_afw], ...DIMS.map((d) => [d, r[`d_${d}`]])]))?.id,
      );
      const share = byArea.filter((id) => id === planted.dominant_dimensions[0]).length / rows.length;
      expect(share).toBeGreaterThan(0.8);
    }
  });

  it("matches the national mean change (unweighted, all scored buurten)", async () => {
    const rows = await runFragment(conn, decompositionQuery(DEF));
    const national = groupMeans(rows, "landelijk");
    for (const d of DIMS) expect(national[d]).toBeCloseTo(truth.national_change.realized_mean_change[d], 4);
  });

  it("gives the same numbers in the browser engine as in SQL, at national scale", async () => {
    for (const level of ["buurt", "wijk"]) {
      const areas = await runFragment(conn, levelAreasQuery(level));
      const rows = await runFragment(conn, scoresQuery(level));
      const long = Object.fromEntries(
        ["i", "year", "lbm_class", "lbm", ...SCORE_COLUMNS].map((c) => [c, rows.map((r) => r[c])]),
      );
      const scores = buildScores(level, areas, long as never, {
        gemeenten: await runFragment(conn, gemeenteRegionQuery()),
      });
      const variants = [
        {},
        {weight: "inhabitants", riserMode: "gain", riserGain: 2},
        {baseYear: 2008, fallerMode: "fromSufficient", region: {size_class: "G4"}},
        {region: {stedelijkheid: 1}},
        {weight: "inhabitants", region: {stedelijkheid: 5}},
      ];
      for (const variant of variants) {
        const def = {...DEF, level, ...variant};
        const pairs = engine.classify(scores, def);
        const close = (a: Record<string, unknown>[], b: Record<string, unknown>[]) => {
          expect(a.length).toBe(b.length);
          a.forEach((row, i) => {
            for (const [k, v] of Object.entries(b[i])) {
              if (typeof v === "number")
                expect(Math.abs((row[k] as number) - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
              else if (!Array.isArray(v)) expect(row[k]).toEqual(v);
            }
          });
        };
        close([engine.summary(pairs)], await runFragment(conn, summaryQuery(def)));
        close(engine.matrix(pairs), await runFragment(conn, matrixQuery(def)));
        close(engine.decomposition(pairs), await runFragment(conn, decompositionQuery(def)));
        close(engine.breakdown(pairs, "provincie"), await runFragment(conn, breakdownQuery(def, "provincie")));
        close(engine.areaTable(pairs), await runFragment(conn, areaTableQuery(def)));
      }
    }
  });

  it("selects buurten by their gemeente's stedelijkheid, not their own (as the region filter's gemeente counts)", async () => {
    const count = async (where: string) =>
      Number(
        (
          await conn.runAndReadAll(`SELECT count(*) AS n FROM areas AS a WHERE a.level = 'buurt' AND ${where}`)
        ).getRowObjects()[0].n,
      );
    const viaGemeente = await count(
      "a.gemeente_code IN (SELECT code FROM areas WHERE level = 'gemeente' AND stedelijkheid = 1)",
    );
    const own = await count("a.stedelijkheid = 1");
    // Demoland's buurten do not all share their gemeente's stedelijkheid, so the two readings differ.
    expect(own).not.toBe(viaGemeente);
    const [summary] = await runFragment(conn, summaryQuery({...DEF, region: {stedelijkheid: 1}}));
    expect(summary.areas_in_region).toBe(viaGemeente);
    const areas = await runFragment(conn, levelAreasQuery("buurt"));
    const scores = buildScores(
      "buurt",
      areas,
      {i: [], year: [], lbm_class: [], lbm: [], afw: [], won: [], fys: [], vrz: [], soc: [], onv: []} as never,
      {gemeenten: await runFragment(conn, gemeenteRegionQuery())},
    );
    expect(engine.regionMask(scores, {stedelijkheid: 1}).count).toBe(viaGemeente);
  });

  it("finds the planted weak fallers as dalers in the default view", async () => {
    expect(truth.weak_fallers.start_classes.every((c) => DEF.startClasses.includes(c))).toBe(true);
    expect(truth.weak_fallers.codes.filter((code) => listed.get(code)?.grp !== "daler")).toEqual([]);
    const [summary] = await runFragment(conn, summaryQuery(DEF));
    expect(summary.fallers).toBeGreaterThanOrEqual(truth.weak_fallers.codes.length);
    const fallers = groupMeans(await runFragment(conn, decompositionQuery(DEF)), "daler");
    expect(
      rankDimensions(fallers)
        .slice(0, 2)
        .map((d) => d.id),
    ).toEqual(truth.weak_fallers.dominant_dimensions);
  });

  it("finds the planted fallers when the selection covers their start classes", async () => {
    const def = {...DEF, startClasses: truth.fallers.start_classes};
    const rows = new Map((await runFragment(conn, areaTableQuery(def))).map((r) => [r.code as string, r]));
    expect(truth.fallers.codes.filter((code) => rows.get(code)?.grp !== "daler")).toEqual([]);
    const decomposition = await runFragment(conn, decompositionQuery(def));
    const fallers = groupMeans(decomposition, "daler");
    expect(
      rankDimensions(fallers)
        .slice(0, 2)
        .map((d) => d.id),
    ).toEqual(truth.fallers.dominant_dimensions);
    const [summary] = await runFragment(conn, summaryQuery(def));
    expect(summary.fallers).toBeGreaterThanOrEqual(truth.fallers.codes.length);
  });
});
