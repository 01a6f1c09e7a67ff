// Stijgers en dalers: the SQL builders, the definition predicates, the sensitivity derived from
// the matrix and the decomposition, on a hand-made table whose answers are worked out by hand.
// Changes are multiples of 1/8, so every sum and mean below is exact in floating point.
import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {
  checkFindings,
  classesLabel,
  combine,
  findingSentence,
  groupMeans,
  mainContributorOfGroup,
  rankDimensions,
} from "../../../src/lib/stijgers/decomposition.js";
import {describeDefinition, groupOf, normalizeDefinition} from "../../../src/lib/stijgers/definition.js";
import {groupCounts, sensitivity} from "../../../src/lib/stijgers/sensitivity.js";
import {
  areaTableQuery,
  breakdownQuery,
  decompositionQuery,
  mapQuery,
  matrixQuery,
  summaryQuery,
} from "../../../src/lib/stijgers/queries.js";
import {compile} from "../../../src/lib/sql.js";
import * as engine from "../../../src/lib/stijgers/engine.js";
import {buildScores, gemeenteRegionQuery, levelAreasQuery, scoresQuery} from "../../../src/lib/stijgers/scores.js";
import {SCORE_COLUMNS} from "../../../src/lib/stijgers/queries.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

type Delta = [number, number, number, number, number]; // won, fys, vrz, soc, onv
interface Area {
  code: string;
  gem: string;
  prov: string;
  size: string;
  sted: number;
  inh: number | null;
  start: number;
  end: number | null;
  delta: Delta;
  level?: string;
}

// The gemeenten. The region filter selects gemeenten, so areas are filtered through these rows.
// Provincie and size class of an area are its gemeente's; stedelijkheid is the area's own and may
// differ: BU8 (own 2) lies in GM0001 (1), BU3 (own 5) in GM0002 (4).
const GEMEENTEN = [
  {code: "GM0001", name: "Gemeente Een", prov: "PV01", size: "G4", sted: 1},
  {code: "GM0002", name: "Gemeente Twee", prov: "PV01", size: "<20k", sted: 4},
  {code: "GM0003", name: "Gemeente Drie", prov: "PV02", size: "<20k", sted: 5},
  {code: "GM0004", name: "Gemeente Vier", prov: "PV02", size: "20-50k", sted: 3},
];

// Groups under the default definition (start classes 1–4, riser ends voldoende+, faller ends lower):
const AREAS: Area[] = [
  {
    code: "BU00010001",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 1,
    inh: 1000,
    start: 4,
    end: 5,
    delta: [0, 0, 0.25, 0, 0.5],
  }, // stijger
  {
    code: "BU00010002",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 1,
    inh: 3000,
    start: 3,
    end: 5,
    delta: [0.125, 0, 0, 0.125, 0.5],
  }, // stijger
  {
    code: "BU00010003",
    gem: "GM0002",
    prov: "PV01",
    size: "<20k",
    sted: 5,
    inh: 500,
    start: 1,
    end: 5,
    delta: [0.5, 0, 0, 0.25, 0],
  }, // stijger
  {
    code: "BU00010004",
    gem: "GM0003",
    prov: "PV02",
    size: "<20k",
    sted: 5,
    inh: 2000,
    start: 4,
    end: 3,
    delta: [0, 0, 0, -0.25, -0.125],
  }, // daler
  {
    code: "BU00010005",
    gem: "GM0004",
    prov: "PV02",
    size: "20-50k",
    sted: 3,
    inh: null,
    start: 2,
    end: 2,
    delta: [0, 0, 0.25, 0, -0.25],
  }, // rest
  {
    code: "BU00010006",
    gem: "GM0004",
    prov: "PV02",
    size: "20-50k",
    sted: 3,
    inh: 1500,
    start: 6,
    end: 4,
    delta: [-0.25, 0, 0, -0.25, 0],
  }, // overig
  {
    code: "BU00010007",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 1,
    inh: 4000,
    start: 5,
    end: 6,
    delta: [0, 0, 0.125, 0, 0],
  }, // overig
  {
    code: "BU00010008",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 2,
    inh: 800,
    start: 4,
    end: 4,
    delta: [0, 0, 0.125, 0, -0.125],
  }, // rest
  {
    code: "BU00010009",
    gem: "GM0003",
    prov: "PV02",
    size: "<20k",
    sted: 5,
    inh: 200,
    start: 3,
    end: 1,
    delta: [-0.5, 0, 0, 0, 0],
  }, // daler
  {
    code: "BU00010010",
    gem: "GM0003",
    prov: "PV02",
    size: "<20k",
    sted: 5,
    inh: 100,
    start: 4,
    end: null,
    delta: [0, 0, 0, 0, 0],
  }, // no 2020 score
  {
    code: "BU00010011",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 1,
    inh: 600,
    start: 3,
    end: 4,
    delta: [0, 0, 0.125, 0, 0],
  }, // rest
  {
    code: "WK000101",
    gem: "GM0001",
    prov: "PV01",
    size: "G4",
    sted: 1,
    inh: 9000,
    start: 4,
    end: 6,
    delta: [0, 0, 0.25, 0, 0.25],
    level: "wijk",
  },
];
const BASE_DIMS: Delta = [0.125, -0.25, 0.375, 0, -0.125];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const n = (x: number | null) => (x == null ? "NULL" : String(x));

function lbmRows(): string[] {
  const rows: string[] = [];
  for (const a of AREAS) {
    const level = a.level ?? "buurt";
    const end = BASE_DIMS.map((d, i) => d + a.delta[i]) as Delta;
    const mid = BASE_DIMS.map((d, i) => d + a.delta[i] / 2);
    const row = (year: number, dims: number[] | null, cls: number | null) => {
      const afw = dims ? sum(dims) : null;
      const values = dims ?? [null, null, null, null, null];
      rows.push(
        `(${q(a.code)}, ${q(level)}, ${year}, ${n(afw == null ? null : 4 + afw)}, ${n(afw)}, ${values.map(n).join(", ")}, ${n(cls)})`,
      );
    };
    row(2014, BASE_DIMS, a.start);
    row(2016, mid, a.start);
    row(2020, a.end == null ? null : end, a.end);
  }
  return rows;
}

const LBM = `CREATE TABLE lbm AS SELECT * FROM (VALUES
  ${lbmRows().join(",\n  ")}
) t(code, level, year, lbm, afw, won, fys, vrz, soc, onv, lbm_class)`;

const gemeenteName = (code: string) => GEMEENTEN.find((g) => g.code === code)!.name;
const provName = (prov: string) => (prov === "PV01" ? "Noord" : "Zuid");
const AREAS_SQL = `CREATE TABLE areas AS SELECT * FROM (VALUES
  ${[
    ...AREAS.map(
      (a) =>
        `(${q(a.code)}, ${q(`Gebied ${a.code.slice(-2)}`)}, ${q(a.level ?? "buurt")}, ${q(a.gem)}, ${q(gemeenteName(a.gem))}, ${q(a.prov)}, ${q(provName(a.prov))}, 'CR01', 'Corop Een', ${q(a.size)}, ${a.sted}, ${n(a.inh)})`,
    ),
    ...GEMEENTEN.map(
      (g) =>
        `(${q(g.code)}, ${q(g.name)}, 'gemeente', ${q(g.code)}, ${q(g.name)}, ${q(g.prov)}, ${q(provName(g.prov))}, 'CR01', 'Corop Een', ${q(g.size)}, ${g.sted}, NULL)`,
    ),
  ].join(",\n  ")}
) t(code, name, level, gemeente_code, gemeente_name, provincie_code, provincie_name, corop_code, corop_name, size_class, stedelijkheid, inhabitants)`;

const DEF = {level: "buurt", baseYear: 2014, endYear: 2020};
const codes = (rows: Record<string, unknown>[]) => rows.map((r) => r.code as string);

describe("transition queries on a hand-made table", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    await conn.run(LBM);
    await conn.run(AREAS_SQL);
  });

  it("counts the selection, risers, fallers and rest, unweighted and by inhabitants", async () => {
    const [row] = await runFragment(conn, summaryQuery(DEF));
    expect(row).toEqual({
      total: 10,
      selected: 8,
      risers: 3,
      fallers: 2,
      rest: 3,
      faller_base: 8,
      total_weight: 10,
      selected_weight: 8,
      risers_weight: 3,
      fallers_weight: 2,
      faller_base_weight: 8,
      missing_inhabitants: 1,
      areas_in_region: 11,
    });
    const [w] = await runFragment(conn, summaryQuery({...DEF, weight: "inhabitants"}));
    expect(w).toMatchObject({
      risers: 3,
      selected_weight: 8100,
      risers_weight: 4500,
      fallers_weight: 2200,
      total_weight: 13600,
    });
  });

  it("follows the riser definition: gain of k classes, or another end threshold", async () => {
    const risers = async (def: object) => (await runFragment(conn, summaryQuery({...DEF, ...def})))[0].risers;
    expect(await risers({riserMode: "gain", riserGain: 1})).toBe(4);
    expect(await risers({riserMode: "gain", riserGain: 2})).toBe(2);
    expect(await risers({riserMode: "gain", riserGain: 4})).toBe(1);
    expect(await risers({riserMinClass: 6})).toBe(0);
    expect(await risers({riserMinClass: 4})).toBe(4);
    expect(await risers({startClasses: [3, 4]})).toBe(2);
  });

  it("follows the faller definition: lower than before, or from (ruim) voldoende to below voldoende", async () => {
    const [lower] = await runFragment(conn, summaryQuery(DEF));
    expect(lower).toMatchObject({fallers: 2, faller_base: 8});
    const [fromSufficient] = await runFragment(conn, summaryQuery({...DEF, fallerMode: "fromSufficient"}));
    expect(fromSufficient).toMatchObject({fallers: 1, faller_base: 2, rest: 5, risers: 3});
  });

  it("changes with the base and end year and the level", async () => {
    // 2016 → 2020: start classes as in 2014 here, so the same risers.
    const [mid] = await runFragment(conn, summaryQuery({...DEF, baseYear: 2016}));
    expect(mid).toMatchObject({total: 10, risers: 3});
    const [none] = await runFragment(conn, summaryQuery({...DEF, endYear: 2016}));
    expect(none).toMatchObject({total: 11, risers: 0, fallers: 0});
    const [wijk] = await runFragment(conn, summaryQuery({...DEF, level: "wijk"}));
    expect(wijk).toMatchObject({total: 1, risers: 1, areas_in_region: 1});
  });

  it("filters on region with bound values, also when a value holds a quote", async () => {
    const [south] = await runFragment(conn, summaryQuery({...DEF, region: {provincie: "PV02"}}));
    expect(south).toMatchObject({total: 4, selected: 3, risers: 0, fallers: 2, areas_in_region: 5});
    const [hostile] = await runFragment(conn, summaryQuery({...DEF, region: {gemeente: "x' OR 1=1 --"}}));
    expect(hostile).toMatchObject({total: 0, risers: 0, areas_in_region: 0});
    expect(() => summaryQuery({...DEF, region: {"name; DROP TABLE lbm": 1}})).toThrow(/Onbekend regioveld/);
    // The old form (a list of {column, value}) is refused, not silently read as "all".
    expect(() => summaryQuery({...DEF, region: [{column: "provincie_code", value: "PV02"}]})).toThrow(/Regiofilter/);
  });

  it("selects areas through their gemeente: stedelijkheid is the gemeente's, not the buurt's own", async () => {
    // BU3 is stedelijkheid 5 itself but lies in GM0002 (4); BU8 is 2 itself but lies in GM0001 (1).
    const [rural] = await runFragment(conn, summaryQuery({...DEF, region: {stedelijkheid: 5}}));
    expect(rural).toMatchObject({areas_in_region: 3, total: 2, selected: 2, risers: 0, fallers: 2}); // own stedelijkheid: 4 areas, BU3 a riser
    expect(codes(await runFragment(conn, mapQuery({...DEF, region: {stedelijkheid: 5}}))).sort()).toEqual([
      "BU00010004",
      "BU00010009",
    ]);
    const [urban] = await runFragment(conn, summaryQuery({...DEF, region: {stedelijkheid: 1}}));
    expect(urban).toMatchObject({areas_in_region: 5, total: 5, selected: 4, risers: 2, rest: 2}); // own: 4 areas, BU8 missing
    expect(codes(await runFragment(conn, mapQuery({...DEF, region: {stedelijkheid: 1}}))).sort()).toEqual([
      "BU00010001",
      "BU00010002",
      "BU00010007",
      "BU00010008",
      "BU00010011",
    ]);
    const [gemeente4] = await runFragment(conn, summaryQuery({...DEF, region: {stedelijkheid: 4}}));
    expect(gemeente4).toMatchObject({areas_in_region: 1, risers: 1}); // BU3, although no buurt is 4 itself
    const [none] = await runFragment(conn, summaryQuery({...DEF, region: {stedelijkheid: 2}}));
    expect(none).toMatchObject({areas_in_region: 0, total: 0}); // BU8 is 2, its gemeente is not
  });

  it("builds the transition matrix with counts and weights", async () => {
    const cells = await runFragment(conn, matrixQuery(DEF));
    expect(cells.map((c) => [c.start_class, c.end_class, c.n])).toEqual([
      [1, 5, 1],
      [2, 2, 1],
      [3, 1, 1],
      [3, 4, 1],
      [3, 5, 1],
      [4, 3, 1],
      [4, 4, 1],
      [4, 5, 1],
      [5, 6, 1],
      [6, 4, 1],
    ]);
    const weighted = await runFragment(conn, matrixQuery({...DEF, weight: "inhabitants"}));
    expect(weighted.find((c) => c.start_class === 2)?.weight).toBe(0); // missing inhabitants weigh nothing
    expect(sum(weighted.map((c) => c.weight as number))).toBe(13600);
  });

  it("decomposes the change in afw exactly into the five dimensions", async () => {
    const rows = await runFragment(conn, decompositionQuery(DEF));
    const risers = groupMeans(rows, "stijger");
    expect(risers).toMatchObject({
      n: 3,
      weight: 3,
      afw: 0.75,
      won: 0.625 / 3,
      fys: 0,
      vrz: 0.25 / 3,
      soc: 0.375 / 3,
      onv: 1 / 3,
    });
    const national = groupMeans(rows, "landelijk");
    expect(national).toMatchObject({n: 10, afw: 0.1125, won: -0.0125, fys: 0, vrz: 0.0875, soc: -0.0125, onv: 0.05});
    for (const row of rows) {
      const parts =
        (row.won as number) + (row.fys as number) + (row.vrz as number) + (row.soc as number) + (row.onv as number);
      expect(parts).toBeCloseTo(row.afw as number, 12);
    }
    expect(rows.some((r) => r.grp === "regio")).toBe(false);
    expect(groupMeans(rows, "stijger", [1])).toMatchObject({n: 1, won: 0.5, soc: 0.25, onv: 0});
    expect(groupMeans(rows, "daler", [4])).toMatchObject({n: 1, afw: -0.375, soc: -0.25, onv: -0.125});
  });

  it("weights the decomposition by inhabitants and adds the region row when a region is chosen", async () => {
    const rows = await runFragment(
      conn,
      decompositionQuery({...DEF, weight: "inhabitants", region: {size_class: "G4"}}),
    );
    const risers = groupMeans(rows, "stijger");
    expect(risers).toMatchObject({n: 2, weight: 4000, won: 375 / 4000, vrz: 250 / 4000, onv: 0.5, afw: 0.75});
    const region = groupMeans(rows, "regio");
    // G4: BU1 (1000), BU2 (3000), BU7 (4000), BU8 (800), BU11 (600) → weight 9400.
    expect(region.weight).toBe(9400);
    expect(region.vrz).toBeCloseTo((250 + 500 + 100 + 75) / 9400, 14);
    expect(groupMeans(rows, "landelijk").weight).toBe(13600);
  });

  it("splits risers, fallers and bases by provincie", async () => {
    const rows = await runFragment(conn, breakdownQuery(DEF, "provincie"));
    expect(rows.map((r) => [r.key, r.label, r.total, r.selected, r.risers, r.fallers])).toEqual([
      ["PV01", "Noord", 6, 5, 3, 0],
      ["PV02", "Zuid", 4, 3, 0, 2],
    ]);
    const bySize = await runFragment(conn, breakdownQuery({...DEF, weight: "inhabitants"}, "size_class"));
    expect(bySize.find((r) => r.key === "<20k")).toMatchObject({
      selected: 3,
      risers: 1,
      risers_weight: 500,
      selected_weight: 2700,
    });
    expect(() => breakdownQuery(DEF, "name")).toThrow(/uitsplitsing/);
  });

  it("lists the selected areas with their trajectory over all years", async () => {
    const rows = await runFragment(conn, areaTableQuery(DEF));
    expect(codes(rows)).toEqual([
      "BU00010001",
      "BU00010002",
      "BU00010003",
      "BU00010004",
      "BU00010009",
      "BU00010011",
      "BU00010005",
      "BU00010008",
    ]);
    const first = rows[0];
    expect(first).toMatchObject({grp: "stijger", start_class: 4, end_class: 5, d_onv: 0.5, d_afw: 0.75});
    expect(first.years).toEqual([2014, 2016, 2020]);
    expect((first.scores as number[])[2] - (first.scores as number[])[0]).toBeCloseTo(0.75, 12);
  });

  it("classifies every start × end class pair exactly as the JS predicates do", async () => {
    const c2 = await memoryConnection();
    const pairs: string[] = [];
    const areas: string[] = [];
    let i = 0;
    for (let s = 1; s <= 9; ++s)
      for (let e = 1; e <= 9; ++e) {
        const code = `BU${String(++i).padStart(8, "0")}`;
        pairs.push(`('${code}','buurt',2014,${s},0.0), ('${code}','buurt',2020,${e},0.0)`);
        areas.push(`('${code}','${s}-${e}','buurt','GM0001','G','PV01','P','CR01','C','G4',1,100)`);
      }
    await c2.run(
      `CREATE TABLE lbm AS SELECT code, level, year, 4.0 AS lbm, v AS afw, v AS won, v AS fys, v AS vrz, v AS soc, v AS onv, lbm_class FROM (VALUES ${pairs.join(",")}) t(code, level, year, lbm_class, v)`,
    );
    await c2.run(
      `CREATE TABLE areas AS SELECT * FROM (VALUES ${areas.join(",")}) t(code, name, level, gemeente_code, gemeente_name, provincie_code, provincie_name, corop_code, corop_name, size_class, stedelijkheid, inhabitants)`,
    );
    const names = new Map(
      (await c2.runAndReadAll("SELECT code, name FROM areas")).getRows().map(([c, nm]) => [String(c), String(nm)]),
    );
    const definitions = [
      DEF,
      {...DEF, riserMode: "gain", riserGain: 3},
      {...DEF, startClasses: [2, 5, 7], riserMinClass: 6, fallerMode: "fromSufficient"},
      {...DEF, startClasses: [9], fallerFromClasses: [7, 8], sufficientClass: 8, fallerMode: "fromSufficient"},
    ];
    for (const def of definitions) {
      const d = normalizeDefinition(def);
      const rows = await runFragment(c2, mapQuery(d));
      expect(rows).toHaveLength(81);
      for (const row of rows) {
        const [s, e] = names
          .get(row.code as string)!
          .split("-")
          .map(Number);
        expect([s, e, row.grp]).toEqual([s, e, groupOf(s, e, d)]);
      }
      const matrix = await runFragment(c2, matrixQuery(d));
      const {counts} = groupCounts(matrix as never, d);
      const [summary] = await runFragment(c2, summaryQuery(d));
      expect([counts.stijger, counts.daler, counts.rest]).toEqual([summary.risers, summary.fallers, summary.rest]);
    }
  });

  it("derives the sensitivity of the counts from the matrix", async () => {
    const matrix = await runFragment(conn, matrixQuery(DEF));
    const rows = sensitivity(matrix as never, DEF);
    const series = (name: string) =>
      rows.filter((r) => r.series.startsWith(name)).map((r) => [r.parameter, r.n, r.current]);
    expect(series("Stijgers: minstens")).toEqual([
      [1, 4, false],
      [2, 2, false],
      [3, 1, false],
      [4, 1, false],
    ]);
    expect(series("Stijgers: eindklasse")).toEqual([
      [2, 4, false],
      [3, 4, false],
      [4, 4, false],
      [5, 3, true],
      [6, 0, false],
      [7, 0, false],
      [8, 0, false],
      [9, 0, false],
    ]);
    expect(series("Dalers")).toEqual([
      [1, 2, true],
      [2, 1, false],
      [3, 0, false],
      [4, 0, false],
    ]);
    expect(rows.find((r) => r.current && r.series.startsWith("Stijgers"))?.share).toBe(3 / 8);
    // Each sensitivity point equals the SQL count under that definition.
    for (const k of [1, 2, 3, 4]) {
      const [row] = await runFragment(conn, summaryQuery({...DEF, riserMode: "gain", riserGain: k}));
      expect(rows.find((r) => r.series.startsWith("Stijgers: minstens") && r.parameter === k)?.n).toBe(row.risers);
    }
  });
});

/** The page's typed-array scores, filled from node DuckDB the way loadScores fills them from DuckDB-WASM. */
export async function scoresFrom(conn: DuckDBConnection, level: string) {
  const areas = await runFragment(conn, levelAreasQuery(level));
  const rows = await runFragment(conn, scoresQuery(level));
  const gemeenten = await runFragment(conn, gemeenteRegionQuery());
  const long = Object.fromEntries(
    ["i", "year", "lbm_class", "lbm", ...SCORE_COLUMNS].map((c) => [c, rows.map((r) => r[c])]),
  );
  return buildScores(level, areas, long as never, {gemeenten});
}

/** Same rows, keys and order; numbers equal to 1e-9 (sums run in another order). */
export function expectSameRows(actual: Record<string, unknown>[], expected: Record<string, unknown>[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i];
    expect(Object.keys(row).sort()).toEqual(Object.keys(want).sort());
    for (const key of Object.keys(want)) {
      const a = row[key];
      const b = want[key];
      if (typeof b === "number" && typeof a === "number")
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      else if (Array.isArray(b))
        expectSameRows(
          (a as unknown[]).map((v) => ({v})),
          b.map((v) => ({v})),
        );
      else expect([key, a]).toEqual([key, b]);
    }
  });
}

describe("the browser engine gives exactly what the SQL gives", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    await conn.run(LBM);
    await conn.run(AREAS_SQL);
  });

  const definitions = [
    DEF,
    {...DEF, weight: "inhabitants"},
    {...DEF, riserMode: "gain", riserGain: 2, fallerMode: "fromSufficient"},
    {...DEF, baseYear: 2016, startClasses: [3, 4, 5], region: {provincie: "PV01"}},
    {...DEF, weight: "inhabitants", region: {size_class: "G4"}},
    // Stedelijkheid through the gemeente: BU3 (own 5, gemeente 4) and BU8 (own 2, gemeente 1).
    {...DEF, region: {stedelijkheid: 5}},
    {...DEF, weight: "inhabitants", region: {stedelijkheid: 1}},
    {...DEF, region: {stedelijkheid: 4, provincie: "PV01"}},
    {...DEF, region: {stedelijkheid: 2}},
    {...DEF, level: "wijk", region: {stedelijkheid: 1}},
    {...DEF, endYear: 2016},
    {...DEF, level: "wijk"},
  ];

  for (const def of definitions) {
    it(`matches summary, matrix, decomposition, breakdown, map and table for ${JSON.stringify(def)}`, async () => {
      const pairs = engine.classify(await scoresFrom(conn, def.level), def);
      expectSameRows([engine.summary(pairs)], await runFragment(conn, summaryQuery(def)));
      expectSameRows(engine.matrix(pairs), await runFragment(conn, matrixQuery(def)));
      expectSameRows(engine.decomposition(pairs), await runFragment(conn, decompositionQuery(def)));
      for (const by of ["provincie", "size_class", "stedelijkheid", "gemeente"])
        expectSameRows(engine.breakdown(pairs, by), await runFragment(conn, breakdownQuery(def, by)));
      const map = await runFragment(conn, mapQuery(def));
      const byCode = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        String(a.code).localeCompare(String(b.code));
      expectSameRows(engine.mapGroups(pairs).sort(byCode), map.sort(byCode));
      expectSameRows(engine.areaTable(pairs), await runFragment(conn, areaTableQuery(def)));
    });
  }

  it("selects areas through their gemeente, as the SQL does", async () => {
    const scores = await scoresFrom(conn, "buurt");
    const members = (region: object) =>
      scores.areas
        .filter((_: unknown, i: number) => engine.regionMask(scores, region).mask[i])
        .map((a: {code: string}) => a.code);
    expect(members({stedelijkheid: 5})).toEqual(["BU00010004", "BU00010009", "BU00010010"]);
    expect(members({stedelijkheid: 4})).toEqual(["BU00010003"]);
    expect(members({stedelijkheid: 1})).toEqual(["BU00010001", "BU00010002", "BU00010007", "BU00010008", "BU00010011"]);
    expect(members({stedelijkheid: 2})).toEqual([]);
    expect(engine.summary(engine.classify(scores, {...DEF, region: {stedelijkheid: 5}}))).toMatchObject({
      areas_in_region: 3,
      risers: 0,
      fallers: 2,
    });
    // Without the gemeente rows a region cannot be applied: an error, not an empty page.
    const bare = buildScores(
      "buurt",
      scores.areas,
      {
        i: [],
        year: [],
        lbm_class: [],
        lbm: [],
        afw: [],
        won: [],
        fys: [],
        vrz: [],
        soc: [],
        onv: [],
      } as never,
      {years: [DEF.baseYear, DEF.endYear]},
    );
    expect(() => engine.classify(bare, {...DEF, region: {stedelijkheid: 5}})).toThrow(/gemeenten/);
    expect(engine.summary(engine.classify(bare, DEF)).areas_in_region).toBe(11);
  });
});

describe("decomposition helpers", () => {
  const rows = [
    {grp: "stijger", start_class: null, n: 3, weight: 3, afw: 0.75, won: 0.2, fys: 0, vrz: 0.05, soc: 0.1, onv: 0.4},
    {grp: "stijger", start_class: 3, n: 1, weight: 1, afw: 0.5, won: 0, fys: 0, vrz: 0, soc: 0, onv: 0.5},
    {grp: "stijger", start_class: 4, n: 3, weight: 3, afw: 1, won: 0.25, fys: 0, vrz: 0.25, soc: 0, onv: 0.5},
    {grp: "daler", start_class: null, n: 2, weight: 2, afw: -0.5, won: 0.1, fys: 0, vrz: 0, soc: -0.2, onv: -0.4},
  ];

  it("combines start classes as a weighted mean of means", () => {
    const both = combine(rows.slice(1, 3), "stijger", [3, 4]);
    expect(both).toMatchObject({n: 4, weight: 4, afw: 0.875, onv: 0.5, won: 0.1875, vrz: 0.1875});
    expect(groupMeans(rows, "stijger", [2])).toMatchObject({n: 0, afw: null});
  });

  it("ranks dimensions in the direction of the change", () => {
    expect(rankDimensions(rows[0]).map((d) => d.id)).toEqual(["onv", "won", "soc", "vrz", "fys"]);
    expect(mainContributorOfGroup(rows[3])).toMatchObject({id: "onv", share: 0.8});
    expect(mainContributorOfGroup({...rows[0], afw: 0, won: 0, vrz: 0, soc: 0, onv: 0})).toBeNull();
  });

  it("states the finding as a sentence computed from the numbers", () => {
    expect(findingSentence("Bij stijgers uit zwak of onvoldoende", rows[0])).toBe(
      "Bij stijgers uit zwak of onvoldoende (3 gebieden) steeg afw gemiddeld met +0,750; overlast en onveiligheid droeg het meest bij (+0,400, 53%), gevolgd door woningvoorraad (+0,200, 27%).",
    );
    expect(findingSentence("Bij dalers", rows[3], {weighted: true})).toBe(
      "Bij dalers (2 gebieden, gewogen naar inwoners) daalde afw gemiddeld met −0,500; overlast en onveiligheid droeg het meest bij (−0,400, 80%), gevolgd door sociale samenhang (−0,200, 40%).",
    );
    expect(findingSentence("Bij stijgers uit zeer onvoldoende", {n: 0, afw: null})).toBe(
      "Bij stijgers uit zeer onvoldoende: geen gebieden bij deze instellingen.",
    );
    expect(classesLabel([3, 4])).toBe("zwak of onvoldoende");
  });

  // Ten times the areas, the same means: every group reaches the minimum of MINIMUM_N.riserFinding (10).
  const tenfold = rows.map((r) => ({...r, n: r.n * 10, weight: r.weight * 10}));

  it("checks the report's findings against the rows", () => {
    const checked = checkFindings([
      ...tenfold,
      {grp: "landelijk", start_class: null, n: 90, weight: 90, afw: 0.1, won: 0, fys: 0, vrz: 0.08, soc: 0, onv: 0.02},
    ]);
    expect(checked.map((c) => [c.id, c.available, c.matches, c.dominant?.id ?? null])).toEqual([
      ["risers-weak", true, true, "onv"],
      ["risers-lowest", false, false, null],
      ["national", true, true, "vrz"],
    ]);
    expect(checkFindings(rows, {startClasses: [4]})[0].classes).toEqual([4]);
  });

  it("does not test a finding on fewer areas than the minimum (was: four risers gave a verdict)", () => {
    const [weak] = checkFindings(rows);
    // Classes 3 and 4 together: 1 + 3 = 4 risers, below the registry's 10.
    expect(weak).toMatchObject({available: false, matches: false, shortfall: {n: 4, min: 10}});
    expect(checkFindings(tenfold)[0]).toMatchObject({available: true, matches: true, shortfall: null});
  });
});

describe("definition", () => {
  it("rejects settings that cannot be used, naming them", () => {
    expect(() => normalizeDefinition({...DEF, endYear: 2014})).toThrow(/eindjaar \(2014\) moet na het basisjaar/);
    expect(() => normalizeDefinition({...DEF, baseYear: 2013.5})).toThrow(
      /Basisjaar 2013.5 is geen Leefbaarometer-jaar/,
    );
    // With the years the data has, a year outside them is refused and the message lists them.
    expect(() => normalizeDefinition({...DEF, baseYear: 2013}, {years: [2013, 2020]})).not.toThrow();
    expect(() => normalizeDefinition({...DEF, baseYear: 2012}, {years: [2014, 2018, 2020, 2022]})).toThrow(
      /Basisjaar 2012 is geen Leefbaarometer-jaar in deze gegevens \(2014, 2018, 2020, 2022\)/,
    );
    expect(() => normalizeDefinition({...DEF, startClasses: []})).toThrow(/startklasse/);
    expect(() => normalizeDefinition({...DEF, startClasses: [0]})).toThrow(/Startklassen/);
    expect(() => normalizeDefinition({...DEF, riserGain: 0, riserMode: "gain"})).toThrow(/Minimale stijging/);
    expect(() => normalizeDefinition({...DEF, weight: "households"})).toThrow(/weging/);
    expect(() => normalizeDefinition({...DEF, level: "gemeente"})).toThrow(/niveau/);
  });

  it("never counts a riser as a faller and requires a riser to end higher", () => {
    const d = normalizeDefinition({...DEF, startClasses: [1, 2, 3, 4, 5, 6, 7, 8, 9]});
    expect(groupOf(6, 5, d)).toBe("daler");
    expect(groupOf(5, 5, d)).toBe("rest");
    expect(groupOf(4, 5, d)).toBe("stijger");
  });

  it("describes the definition in Dutch with the current values", () => {
    const text = describeDefinition({...DEF, riserMode: "gain", riserGain: 2, fallerMode: "fromSufficient"});
    expect(text.selection).toBe(
      "Selectie: gebieden (buurten) die in 2014 zeer onvoldoende, ruim onvoldoende, onvoldoende of zwak scoorden.",
    );
    expect(text.riser).toContain("minstens 2 klassen hoger");
    expect(text.faller).toContain("voldoende of ruim voldoende scoorde en in 2020 onder voldoende");
  });

  it("shows the SQL with the values written in", () => {
    const {display, params} = compile(summaryQuery({...DEF, region: {provincie: "PV'01"}}));
    expect(display).toContain(
      "a.gemeente_code IN (SELECT g.code FROM areas AS g WHERE g.level = 'gemeente' AND (g.\"provincie_code\" = 'PV''01'))",
    );
    expect(display).toContain("start_class IN (1, 2, 3, 4)");
    expect(params).toContain("PV'01");
  });
});

describe("chart helpers", async () => {
  const {flowLayout, dodge} = await import("../../../src/lib/stijgers/flow-layout.js");
  const {withRowShares} = await import("../../../src/components/stijgers/heatmap.js");
  const {breakdownShares} = await import("../../../src/lib/stijgers/breakdown.js");
  const {decompositionLong} = await import("../../../src/components/stijgers/decomposition.js");
  const cells = [
    {start_class: 4, end_class: 5, n: 30, weight: 300},
    {start_class: 4, end_class: 4, n: 10, weight: 100},
    {start_class: 3, end_class: 5, n: 20, weight: 0},
  ];

  it("lays out flows with widths proportional to counts, stacked without overlap", () => {
    const {nodes, links, scale} = flowLayout(cells, {height: 100, gap: 10, minNode: 0});
    // Left: classes 4 (40) and 3 (20); right: 5 (50) and 4 (10); one gap per side → 90 px for 60.
    expect(scale).toBeCloseTo(90 / 60, 12);
    const start4 = nodes.find((n: any) => n.side === "start" && n.cls === 4)!;
    const start3 = nodes.find((n: any) => n.side === "start" && n.cls === 3)!;
    expect([start4.y0, start4.y1]).toEqual([0, 40 * scale]);
    expect(start3.y0).toBeCloseTo(40 * scale + 10, 12);
    // Bands leave class 4 best first: 4→5 above 4→4.
    const l45 = links.find((l: any) => l.start_class === 4 && l.end_class === 5)!;
    const l44 = links.find((l: any) => l.start_class === 4 && l.end_class === 4)!;
    expect(l45.ySource).toBeCloseTo((30 * scale) / 2, 12);
    expect(l44.ySource).toBeCloseTo(30 * scale + (10 * scale) / 2, 12);
    // Bands enter class 5 best start first: 4→5 above 3→5.
    const l35 = links.find((l: any) => l.start_class === 3)!;
    expect(l35.yTarget).toBeGreaterThan(l45.yTarget);
    expect(flowLayout(cells, {value: (d: {weight: number}) => d.weight}).links).toHaveLength(2); // zero weight drops out
  });

  it("pushes labels apart but keeps them inside the chart", () => {
    const nodes = [
      {y0: 0, y1: 2},
      {y0: 2, y1: 3},
      {y0: 97, y1: 99},
      {y0: 99, y1: 100},
    ] as {y0: number; y1: number; labelY?: number}[];
    dodge(nodes, 10, 100);
    const ys = nodes.map((n) => n.labelY!);
    for (let i = 1; i < ys.length; ++i) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(ys[3]).toBeLessThanOrEqual(95);
  });

  it("computes row shares for the heatmap and shares for the breakdown", () => {
    expect(withRowShares(cells).map((d: any) => d.share)).toEqual([0.75, 0.25, 1]);
    expect(withRowShares(cells, {weighted: true}).map((d: any) => d.share)).toEqual([0.75, 0.25, null]);
    const [row] = breakdownShares([
      {
        key: "PV01",
        label: "Noord",
        selected: 4,
        risers: 1,
        faller_base: 0,
        fallers: 0,
        selected_weight: 10,
        risers_weight: 5,
        faller_base_weight: 0,
        fallers_weight: 0,
      },
    ]);
    expect(row).toMatchObject({riserShare: 0.25, fallerShare: null});
    expect(breakdownShares([{key: "x", selected_weight: 10, risers_weight: 5}], {weighted: true})[0].riserShare).toBe(
      0.5,
    );
  });

  it("turns decomposition rows into one bar per dimension, skipping empty groups", () => {
    const long = decompositionLong([
      {label: "A", row: {n: 2, afw: 1, won: 0.2, fys: 0.2, vrz: 0.2, soc: 0.2, onv: 0.2}},
      {label: "B", row: {n: 0}},
    ]);
    expect(long).toHaveLength(5);
    expect(long.map((d: any) => d.id)).toEqual(["won", "fys", "vrz", "soc", "onv"]);
  });
});
