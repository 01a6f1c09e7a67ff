// Wat is er nodig? on Demoland: the page's JavaScript against an independent recomputation in node
// DuckDB, written here in plain SQL (quantile_cont is the same type-7 quantile; the class is
// 1 + the number of provenance bounds at or below the score rounded to 10 decimals).
import type {DuckDBConnection} from "@duckdb/node-api";
import {readFile} from "node:fs/promises";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../../data-loaders/build.ts";
import {datasetYears} from "../../../src/lib/dataset-years.js";
import {analyse, gemeenteBuurten} from "../../../src/lib/scenario/analysis.js";
import {classOfScore, scoreFromDimensions, scoreScale} from "../../../src/lib/scenario/classes.js";
import {datasetDefaults} from "../../../src/lib/scenario/defaults.js";
import {buurtenQuery, historyQuery} from "../../../src/lib/scenario/queries.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

type Row = Record<string, any>;
const DELTAS = {won: 0.05, fys: 0, vrz: -0.02, soc: 0.035, onv: 0.1};

describe("Wat is er nodig? on Demoland", () => {
  let conn: DuckDBConnection;
  let provenance: any;
  let scale: ReturnType<typeof scoreScale>;
  let defaults: ReturnType<typeof datasetDefaults>;
  let gemeenten: string[];
  const rows = async (text: string, params: unknown[] = []) =>
    (await conn.runAndReadAll(text, params as never))
      .getRowObjectsJS()
      .map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
      ) as Row[];

  beforeAll(async () => {
    const built = await buildDataset({source: "demo"});
    provenance = JSON.parse(await readFile(built.path("provenance"), "utf8"));
    scale = scoreScale(provenance);
    defaults = datasetDefaults(datasetYears(provenance));
    conn = await memoryConnection();
    for (const t of ["areas", "lbm"] as const)
      await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${built.path(t)}')`);
    await conn.run(
      `CREATE TABLE bounds AS SELECT unnest([${provenance.class_lower_bounds.join(", ")}]::DOUBLE[]) AS b`,
    );
    // Among the gemeenten with a buurt below the target now: the one with the most, a middle one, the one with the fewest.
    const withWeak = await rows(
      `SELECT a.gemeente_code FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = $1
       WHERE a.level = 'buurt' AND l.lbm_class < $2 GROUP BY 1 ORDER BY count(*) DESC, 1`,
      [defaults.year, defaults.targetClass],
    );
    gemeenten = [withWeak[0], withWeak[Math.floor(withWeak.length / 2)], withWeak.at(-1)!].map((r) => r.gemeente_code);
  }, 180_000);

  it("starts from the latest year and the report's comparison period", () => {
    expect(defaults.year).toBe(provenance.years.lbm.at(-1));
    expect([defaults.baseYear, defaults.endYear]).toEqual([2014, 2020]);
  });

  it("recomputing every buurt's score and class from its dimensions gives the data's own, in every year", async () => {
    const reader = await conn.runAndReadAll(
      `SELECT lbm, lbm_class, won, fys, vrz, soc, onv FROM lbm WHERE level = 'buurt' AND lbm IS NOT NULL`,
    );
    const c = reader.getColumnsObjectJS() as Record<string, number[]>;
    expect(c.lbm.length).toBeGreaterThan(10_000);
    const wrong = [];
    for (let i = 0; i < c.lbm.length; ++i) {
      const row = {won: c.won[i], fys: c.fys[i], vrz: c.vrz[i], soc: c.soc[i], onv: c.onv[i]};
      const lbm = scoreFromDimensions(row, scale.lbmBase)!;
      if (lbm !== c.lbm[i] || classOfScore(lbm, scale.lowerBounds) !== c.lbm_class[i]) wrong.push({i, lbm});
    }
    expect(wrong).toEqual([]);
  });

  for (const index of [0, 1, 2]) {
    it(`gemeente #${index}: gaps, percentiles, reach counts, carriers and what-if equal the SQL`, async () => {
      const gemeente = gemeenten[index];
      const {year, baseYear, endYear, targetClass, percentiles} = defaults;
      const buurten = gemeenteBuurten(await runFragment(conn, buurtenQuery({year})), gemeente);
      const history = await runFragment(conn, historyQuery({baseYear, endYear}));
      const result = analyse({buurten, history, scale, targetClass, percentiles, deltas: DELTAS});
      const params = [gemeente, year, baseYear, endYear, targetClass] as never;

      const expected = await rows(
        `WITH bound AS (SELECT b FROM bounds ORDER BY b LIMIT 1 OFFSET $5 - 2),
        hist AS (
          SELECT s.lbm_class AS c, round(e.lbm - s.lbm, 10) AS d, e.lbm_class AS end_class,
                 e.won - s.won AS d_won, e.fys - s.fys AS d_fys, e.vrz - s.vrz AS d_vrz, e.soc - s.soc AS d_soc, e.onv - s.onv AS d_onv
          FROM lbm s JOIN lbm e ON e.code = s.code AND e.level = 'buurt' AND e.year = $4
          WHERE s.level = 'buurt' AND s.year = $3 AND s.lbm IS NOT NULL AND e.lbm IS NOT NULL
        ),
        q AS (SELECT c, count(*) AS n, quantile_cont(d, [0.5, 0.75, 0.9]) AS qs FROM hist GROUP BY c),
        sel AS (
          SELECT a.code, l.lbm, l.lbm_class, l.won, l.fys, l.vrz, l.soc, l.onv,
                 CASE WHEN l.lbm_class >= $5 THEN 0 ELSE round((SELECT b FROM bound) - l.lbm, 10) END AS gap
          FROM areas a LEFT JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = $2
          WHERE a.level = 'buurt' AND a.gemeente_code = $1
        )
        SELECT sel.code, sel.gap, q.n,
               CASE WHEN sel.lbm_class < $5 THEN (SELECT count(*) FROM hist WHERE hist.c = sel.lbm_class AND hist.d < sel.gap) / q.n END AS pct,
               CASE WHEN q.n IS NOT NULL THEN [
                 1 + (SELECT count(*) FROM bounds WHERE round(sel.lbm + q.qs[1], 10) >= b) >= $5,
                 1 + (SELECT count(*) FROM bounds WHERE round(sel.lbm + q.qs[2], 10) >= b) >= $5,
                 1 + (SELECT count(*) FROM bounds WHERE round(sel.lbm + q.qs[3], 10) >= b) >= $5] END AS reach,
               1 + (SELECT count(*) FROM bounds WHERE round(${scale.lbmBase} + (sel.won + ${DELTAS.won}) + (sel.fys + ${DELTAS.fys})
                    + (sel.vrz + ${DELTAS.vrz}) + (sel.soc + ${DELTAS.soc}) + (sel.onv + ${DELTAS.onv}), 10) >= b) AS new_class
        FROM sel LEFT JOIN q ON q.c = sel.lbm_class
        ORDER BY sel.code`,
        params,
      );
      const byCode = new Map(result.gaps.map((r) => [r.code, r]));
      const whatIf = new Map(result.whatIf.map((r) => [r.code, r]));
      expect(expected.length).toBe(result.gaps.length);
      expect(expected.some((e) => e.pct != null)).toBe(true);
      for (const e of expected) {
        const got = byCode.get(e.code)!;
        if (e.gap == null) {
          expect(got.gap).toBe(null);
          continue;
        }
        expect(got.gap).toBeCloseTo(e.gap, 9);
        expect(got.history_n).toBe(e.n ?? null);
        if (e.pct == null) expect(got.gap_percentile).toBe(null);
        else expect(got.gap_percentile).toBeCloseTo(e.pct, 12);
        expect([got.reach_p50, got.reach_p75, got.reach_p90]).toEqual(e.reach ?? [null, null, null]);
        expect(whatIf.get(e.code)!.new_class).toBe(e.new_class);
      }

      // The what-if class counts.
      const after = new Map<number, number>();
      for (const e of expected) if (e.gap != null) after.set(e.new_class, (after.get(e.new_class) ?? 0) + 1);
      for (const c of result.whatIfCounts.classes) expect(c.after).toBe(after.get(c.lbm_class) ?? 0);

      // The carriers: mean dimension change of the buurten of each start class that reached the target.
      const carriers = await rows(
        `SELECT s.lbm_class AS c, avg(e.won - s.won) AS won, avg(e.onv - s.onv) AS onv, count(*) AS n
         FROM lbm s JOIN lbm e ON e.code = s.code AND e.level = 'buurt' AND e.year = $2
         WHERE s.level = 'buurt' AND s.year = $1 AND e.lbm_class >= $3 AND s.lbm IS NOT NULL AND e.lbm IS NOT NULL
         GROUP BY 1`,
        [baseYear, endYear, targetClass] as never,
      );
      for (const r of result.carriers) {
        const c = carriers.find((x) => x.c === r.start_class);
        expect(r.achievers).toBe(c?.n ?? 0);
        if (!c) expect(r.mean).toBe(null);
        else if (r.dimension === "won" || r.dimension === "onv") expect(r.mean).toBeCloseTo(c[r.dimension], 12);
      }
    });
  }
});
