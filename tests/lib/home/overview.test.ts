// Home's overview of a region, summed in JavaScript from the areas per gemeente and class: by hand on
// small rows, and on Demoland against SQL of the test's own over the areas themselves.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../../data-loaders/build.ts";
import {classDistribution, insufficientShares} from "../../../src/lib/home/overview.js";
import {gemeenteClasses} from "../../../src/lib/home/queries.js";
import {selectedGemeenten} from "../../../src/lib/region.js";
import {runFragment} from "../../helpers/duck.ts";

const ROWS = [
  {code: "GM0001", lbm_class: 3, areas: 2, households: 100, inhabitants: 210},
  {code: "GM0001", lbm_class: 6, areas: 5, households: null, inhabitants: null},
  {code: "GM0002", lbm_class: 3, areas: 1, households: 40, inhabitants: null},
  {code: "GM0002", lbm_class: 5, areas: 3, households: 300, inhabitants: 600},
  {code: "GM0003", lbm_class: 1, areas: 4, households: 10, inhabitants: 20},
];

describe("Home overview from areas per gemeente and class", () => {
  it("adds up the classes of the chosen gemeenten, leaving a sum of unknowns empty", () => {
    const rows = classDistribution(ROWS, {gemeenten: new Set(["GM0001", "GM0002"]), sufficientClass: 5});
    expect(rows).toEqual([
      {lbm_class: 3, areas: 3, households: 140, inhabitants: 210, insufficient: true},
      {lbm_class: 5, areas: 3, households: 300, inhabitants: 600, insufficient: false},
      {lbm_class: 6, areas: 5, households: null, inhabitants: null, insufficient: false},
    ]);
    expect(classDistribution(ROWS, {gemeenten: new Set(), sufficientClass: 5})).toEqual([]);
  });

  it("gives each chosen gemeente its share below voldoende", () => {
    const areas = [
      {code: "GM0001", name: "Een"},
      {code: "GM0003", name: "Drie"},
    ];
    const rows = insufficientShares(ROWS, {gemeenten: new Set(["GM0003", "GM0001"]), sufficientClass: 5, areas});
    expect(rows).toEqual([
      {code: "GM0001", name: "Een", areas: 7, share: 2 / 7},
      {code: "GM0003", name: "Drie", areas: 4, share: 1},
    ]);
  });

  describe("on Demoland, equal to SQL over the areas of the region", () => {
    let conn: DuckDBConnection;
    let gemeenteRows: Record<string, any>[];
    beforeAll(async () => {
      const built = await buildDataset();
      conn = await (await DuckDBInstance.create(":memory:")).connect();
      for (const t of ["areas", "lbm"] as const)
        await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${built.path(t)}')`);
      gemeenteRows = (await conn.runAndReadAll("SELECT * FROM areas WHERE level = 'gemeente'")).getRowObjectsJS();
    }, 180_000);

    // The region filter selects gemeenten: a buurt or wijk belongs to the region through its gemeente's row.
    const direct = async (year: number, level: string, column: string, value: string | number) =>
      (
        await conn.runAndReadAll(
          `SELECT l.lbm_class AS lbm_class, count(*)::INTEGER AS areas, sum(a.households)::DOUBLE AS households,
                  sum(a.inhabitants)::DOUBLE AS inhabitants
           FROM lbm l JOIN areas a ON a.code = l.code JOIN areas g ON g.code = a.gemeente_code AND g.level = 'gemeente'
           WHERE l.level = $1 AND l.year = $2 AND l.lbm_class IS NOT NULL AND g.${column} = $3
           GROUP BY ALL ORDER BY 1`,
          [level, year, value],
        )
      ).getRowObjectsJS();

    it.each([
      [2020, "buurt", "provincie", "provincie_code"],
      [2014, "wijk", "size_class", "size_class"],
      [2008, "buurt", "stedelijkheid", "stedelijkheid"],
    ] as const)("%i, %s, one %s", async (year, level, field, column) => {
      const value = gemeenteRows.map((g) => g[column]).sort()[0];
      const expected = await direct(year, level, column, value);
      expect(expected.length).toBeGreaterThan(2);
      const rows = (await runFragment(conn, gemeenteClasses({year, level}))) as never[];
      const gemeenten = new Set(selectedGemeenten(gemeenteRows, {[field]: value}));
      const ours = classDistribution(rows, {gemeenten, sufficientClass: 5}).map(({insufficient, ...d}) => ({
        ...d,
        households: d.households == null ? null : Number(d.households),
        inhabitants: d.inhabitants == null ? null : Number(d.inhabitants),
      }));
      expect(ours).toEqual(expected);
    });
  });
});
