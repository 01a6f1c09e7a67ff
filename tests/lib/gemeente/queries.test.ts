// Gemeenteprofiel: the SQL builders on a hand-made table whose answers are worked out below.
// The Stijgers and SES-quadrant definitions come from their own wings, as on the page.
import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {
  buurtScores,
  classCounts,
  gemeenteFigures,
  quadrantAreas,
  riserShares,
  searchAreas,
  weakAreas,
} from "../../../src/lib/gemeente/queries.js";
import {classTrendRows, insufficientTrendRows} from "../../../src/lib/gemeente/trend.js";
import {riserComparison, rowsOfGemeente} from "../../../src/lib/gemeente/areas.js";
import {defaultDefinition} from "../../../src/lib/stijgers/definition.js";
import {classifiedCte} from "../../../src/lib/stijgers/queries.js";
import {quadrantBaseWithPairs, quadrantPairs, quadrantShares} from "../../../src/lib/ongelijkheid/queries.js";
import {pearson} from "../../../src/lib/stats/correlation.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

// GM0001 (B1–B3, wijk W1), GM0002 (B4, B5), GM0003 (B6). Classes 2014 → 2020 and, under the
// Stijgers default (start zwak or lower, riser ends voldoende+, faller ends lower):
//   B1 3→5 stijger (won +0.25)   B2 4→3 daler (soc −0.125)   B3 6→6 overig
//   B4 2→2 rest                  B5 5→4 overig               B6 4→7 stijger (onv +0.5)
const BUURTEN = [
  ["BU00010001", "Aaltje", "GM0001", 3, 5, 4.2, 2.0, [0.25, 0, 0, 0, 0]],
  ["BU00010002", "Bézier", "GM0001", 4, 3, 3.8, 1.0, [0, 0, 0, -0.125, 0]],
  ["BU00010003", "Centrum", "GM0001", 6, 6, 4.4, 3.0, [0, 0, 0, 0, 0]],
  ["BU00020001", "Dorp", "GM0002", 2, 2, 3.6, 0.5, [0, 0, 0, 0, 0]],
  ["BU00020002", "Eind", "GM0002", 5, 4, 3.9, 4.0, [0, 0, 0, 0, 0]],
  ["BU00030001", "Feld", "GM0003", 4, 7, 4.5, 5.0, [0, 0, 0, 0, 0.5]],
] as const;
const GEMEENTEN = [
  ["GM0001", "Een", "G4", 1, "PV01", "CR01"],
  ["GM0002", "Twee", "G4", 1, "PV02", "CR02"],
  ["GM0003", "Drie", "<20k", 5, "PV01", "CR01"],
] as const;

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

function setup(): string[] {
  const name = (g: string) => GEMEENTEN.find((d) => d[0] === g)![1];
  const gem = (g: string) => GEMEENTEN.find((d) => d[0] === g)!;
  const areaRows = [
    ...GEMEENTEN.map(
      ([c, n, s, st, p, cr]) =>
        `(${q(c)}, ${q(n)}, 'gemeente', NULL, ${q(c)}, ${q(n)}, ${q(p)}, ${q(cr)}, ${q(s)}, ${st}, 100)`,
    ),
    `('WK000101', 'Wijk Een', 'wijk', NULL, 'GM0001', 'Een', 'PV01', 'CR01', 'G4', 1, 100)`,
    ...BUURTEN.map(([c, n, g]) => {
      const [, , s, st, p, cr] = gem(g);
      return `(${q(c)}, ${q(n)}, 'buurt', NULL, ${q(g)}, ${q(name(g))}, ${q(p)}, ${q(cr)}, ${q(s)}, ${st}, 10)`;
    }),
  ];
  const lbmRows = BUURTEN.flatMap(([c, , , start, end, lbm2020, , d]) => [
    `(${q(c)}, 'buurt', 2014, 4.0, 0, 0, 0, 0, 0, 0, ${start})`,
    `(${q(c)}, 'buurt', 2020, ${lbm2020}, ${d.reduce((s: number, v: number) => s + v, 0)}, ${d.join(", ")}, ${end})`,
  ]);
  lbmRows.push(
    `('WK000101', 'wijk', 2014, 4.1, 0, 0, 0, 0, 0, 0, 5)`,
    `('WK000101', 'wijk', 2020, 4.3, 0, 0, 0, 0, 0, 0, 6)`,
  );
  return [
    `CREATE TABLE areas AS SELECT *, name AS provincie_name, name AS corop_name, 1000 AS inhabitants, NULL::DOUBLE AS centroid_lon, NULL::DOUBLE AS centroid_lat FROM (VALUES ${areaRows.join(", ")})
       t(code, name, level, wijk_code, gemeente_code, gemeente_name, provincie_code, corop_code, size_class, stedelijkheid, households)`,
    `CREATE TABLE lbm AS SELECT * FROM (VALUES ${lbmRows.join(", ")}) t(code, level, year, lbm, afw, won, fys, vrz, soc, onv, lbm_class)`,
    `CREATE TABLE ses AS SELECT code, 'buurt' AS level, 2019 AS year, s AS ses_total, NULL::DOUBLE AS ses_welvaart, NULL::DOUBLE AS ses_opleiding, NULL::DOUBLE AS ses_arbeid, NULL::DOUBLE AS ses_spread
       FROM (VALUES ${BUURTEN.map(([c, , , , , , s]) => `(${q(c)}, ${s})`).join(", ")}) t(code, s)`,
  ];
}

const STIJGERS = classifiedCte({...defaultDefinition(), baseYear: 2014, endYear: 2020});
const QUADRANT = {
  lbmYear: 2020,
  sesYear: 2019,
  level: "buurt",
  region: null,
  minHouseholds: 0,
  sesPercentile: 50,
  maxLbmClass: 4,
};

describe("Gemeenteprofiel SQL builders", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    for (const ddl of setup()) await conn.run(ddl);
    // The SES page's temporary table, to compare the profile's own pairs with it.
    await runFragment(conn, quadrantPairs(QUADRANT));
  });

  it("lists gemeenten before buurten for the search", async () => {
    const rows = await runFragment(conn, searchAreas());
    expect(rows.map((d) => d.level)).toEqual([...GEMEENTEN.map(() => "gemeente"), ...BUURTEN.map(() => "buurt")]);
    expect(rows.find((d) => d.code === "BU00010002")).toMatchObject({
      name: "Bézier",
      gemeente_code: "GM0001",
      gemeente_name: "Een",
    });
  });

  it("counts the gemeente's buurten and wijken per class and year", async () => {
    const rows = classTrendRows(await runFragment(conn, classCounts()), "GM0001");
    const key = (d: any) => `${d.level} ${d.year} ${d.lbm_class}:${d.areas}`;
    expect(rows.map(key)).toEqual([
      "buurt 2014 3:1",
      "buurt 2014 4:1",
      "buurt 2014 6:1",
      "buurt 2020 3:1",
      "buurt 2020 5:1",
      "buurt 2020 6:1",
      "wijk 2014 5:1",
      "wijk 2020 6:1",
    ]);
  });

  it("gives the share below voldoende of the gemeente, its peers (pooled) and the country per year", async () => {
    const counts = await runFragment(conn, classCounts());
    const rows = insufficientTrendRows(counts, {
      gemeente: "GM0001",
      peers: ["GM0002"],
      level: "buurt",
      sufficientClass: 5,
    });
    // 2014: GM0001 B1, B2 of 3; peers B4 of 2; country B1, B2, B4, B6 of 6.
    // 2020: GM0001 B2 of 3; peers B4, B5 of 2; country B2, B4, B5 of 6.
    expect(rows.map((d) => [d.year, d.gemeente, d.peers, d.national])).toEqual([
      [2014, 2 / 3, 1 / 2, 4 / 6],
      [2020, 1 / 3, 1, 3 / 6],
    ]);
    expect(rows[0]).toMatchObject({gemeente_areas: 3, peer_areas: 2, national_areas: 6});
  });

  it("an empty peer list gives null for the peers, not zero", async () => {
    const counts = await runFragment(conn, classCounts());
    const rows = insufficientTrendRows(counts, {gemeente: "GM0003", peers: [], level: "buurt", sufficientClass: 5});
    expect(rows.map((d) => d.peers)).toEqual([null, null]);
    // GM0003's one buurt B6 is zwak in 2014 and uitstekend in 2020: a share of 0, not null.
    expect(rows.map((d) => d.gemeente)).toEqual([1, 0]);
  });

  it("lists every buurt of the gemeente with its score, by name", async () => {
    const rows = rowsOfGemeente(await runFragment(conn, buurtScores({year: 2020})), "GM0001");
    expect(rows.map((d) => [d.name, d.lbm, d.lbm_class])).toEqual([
      ["Aaltje", 4.2, 5],
      ["Bézier", 3.8, 3],
      ["Centrum", 4.4, 6],
    ]);
    // The same columns as the map and the download had when the query asked one gemeente.
    expect(Object.keys(rows[0])).toEqual(["code", "name", "wijk_code", "inhabitants", "lbm", "lbm_class"]);
    expect(rowsOfGemeente(await runFragment(conn, buurtScores({year: 2020})), "GM0003").map((d) => d.name)).toEqual([
      "Feld",
    ]);
  });

  it("computes every gemeente's share below voldoende and its within-gemeente r", async () => {
    const rows = await runFragment(
      conn,
      gemeenteFigures({year: 2020, level: "buurt", sufficientClass: 5, lbmYear: 2020, sesYear: 2019, minHouseholds: 0}),
    );
    const een = rows.find((d) => d.code === "GM0001")!;
    // r over B1–B3: lbm 4.2, 3.8, 4.4 against SES 2, 1, 3 (reference: stats/correlation.js pearson).
    expect(een.ses_r).toBeCloseTo(pearson([4.2, 3.8, 4.4], [2, 1, 3]).r, 12);
    expect(een).toMatchObject({areas: 3, share_insufficient: 1 / 3, ses_n: 3});
    expect(rows.find((d) => d.code === "GM0003")).toMatchObject({areas: 1, share_insufficient: 0, ses_n: 1});
    // minHouseholds above the buurten's 10 households leaves no pairs: n 0, r null (never 0).
    const none = await runFragment(
      conn,
      gemeenteFigures({
        year: 2020,
        level: "buurt",
        sufficientClass: 5,
        lbmYear: 2020,
        sesYear: 2019,
        minHouseholds: 11,
      }),
    );
    expect(none.find((d) => d.code === "GM0001")).toMatchObject({ses_n: 0, ses_r: null});
  });

  it("counts weak buurten, risers and fallers per gemeente with the Stijgers definition", async () => {
    const rows = await runFragment(conn, riserShares(STIJGERS));
    expect(rows.map((d) => [d.code, d.weak, d.risers, d.fallers])).toEqual([
      ["GM0001", 2, 1, 1],
      ["GM0002", 1, 0, 0],
      ["GM0003", 1, 1, 0],
    ]);
  });

  it("gives the quadrant shares from the pairs it makes itself as from the temporary table", async () => {
    const params = {...QUADRANT, minAreas: 1};
    const own = await runFragment(conn, quadrantShares(params, {withPairs: true}));
    const fromTable = await runFragment(conn, quadrantShares(params));
    expect(own).toEqual(fromTable);
    // GM0001: of B1–B3, B2 is low–low (SES 1, class 3) and B1 low SES with class 5.
    expect(own.find((d) => d.code === "GM0001")).toMatchObject({areas: 3, low_low: 1, high_lbm_low_ses: 1});
  });

  it("compares the gemeente's risers with its peers and the country, with mean changes per dimension", async () => {
    // As on the page: counted from the national weak areas.
    const rows = riserComparison(await runFragment(conn, weakAreas(STIJGERS)), {gemeente: "GM0001", peers: ["GM0002"]});
    const key = (d: any) => `${d.scope} ${d.grp} ${d.n}`;
    expect(rows.map(key)).toEqual([
      "gemeente daler 1",
      "gemeente stijger 1",
      "national daler 1",
      "national rest 1",
      "national stijger 2",
      "peers rest 1",
    ]);
    // National risers B1 (won +0.25) and B6 (onv +0.5): means afw 0.375, won 0.125, onv 0.25.
    expect(rows.find((d) => d.scope === "national" && d.grp === "stijger")).toMatchObject({
      afw: 0.375,
      won: 0.125,
      onv: 0.25,
      soc: 0,
    });
    expect(rows.find((d) => d.scope === "gemeente" && d.grp === "daler")).toMatchObject({afw: -0.125, soc: -0.125});
  });

  it("weights the mean changes as the definition says, and leaves a mean without weight empty", () => {
    const zero = {d_afw: 0, d_won: 0, d_fys: 0, d_vrz: 0, d_soc: 0, d_onv: 0};
    const weak = [
      {gemeente_code: "GM0001", grp: "stijger", w: 3, ...zero, d_afw: 0.4, d_won: 0.4},
      {gemeente_code: "GM0002", grp: "stijger", w: 1, ...zero, d_afw: 0.8, d_fys: 0.8},
      {gemeente_code: "GM0002", grp: "rest", w: 0, ...zero, d_afw: 0.1, d_soc: 0.1},
    ];
    const rows = riserComparison(weak, {gemeente: "GM0001", peers: ["GM0002", "GM0009"]});
    expect(rows.map((d) => `${d.scope} ${d.grp} ${d.n}`)).toEqual([
      "gemeente stijger 1",
      "national rest 1",
      "national stijger 2",
      "peers rest 1",
      "peers stijger 1",
    ]);
    // National risers: (3 × 0.4 + 1 × 0.8) / 4 = 0.5 for afw, 3 × 0.4 / 4 = 0.3 won, 0.8 / 4 = 0.2 fys.
    const national = rows.find((d) => d.scope === "national" && d.grp === "stijger")!;
    expect(national.afw).toBeCloseTo(0.5, 12);
    expect(national.won).toBeCloseTo(0.3, 12);
    expect(national.fys).toBeCloseTo(0.2, 12);
    expect(rows.find((d) => d.scope === "peers" && d.grp === "rest")).toMatchObject({n: 1, afw: null, soc: null});
  });

  it("lists the gemeente's weak buurten, risers first", async () => {
    const all = await runFragment(conn, weakAreas(STIJGERS));
    // GM0002's B4 stays weak (rest), GM0003's B6 rises: every gemeente's weak areas, grouped by gemeente.
    expect(all.map((d) => [d.gemeente_code, d.grp])).toEqual([
      ["GM0001", "stijger"],
      ["GM0001", "daler"],
      ["GM0002", "rest"],
      ["GM0003", "stijger"],
    ]);
    const rows = rowsOfGemeente(all, "GM0001");
    expect(rows.map((d) => [d.name, d.grp, d.start_class, d.end_class, d.d_won, d.d_soc])).toEqual([
      ["Aaltje", "stijger", 3, 5, 0.25, 0],
      ["Bézier", "daler", 4, 3, 0, -0.125],
    ]);
  });

  it("names the gemeente's low-SES buurten and which of them also have low livability", async () => {
    // National median of the six SES values 0.5, 1, 2, 3, 4, 5 is 2.5: low SES are B1 (2), B2 (1), B4 (0.5).
    const rows = rowsOfGemeente(await runFragment(conn, quadrantAreas(quadrantBaseWithPairs(QUADRANT))), "GM0001");
    expect(rows.map((d) => [d.name, d.low_lbm])).toEqual([
      ["Bézier", true],
      ["Aaltje", false],
    ]);
  });
});
