import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {EMPTY_REGION} from "../../../src/lib/region.js";
import {quadrantPairs, quadrantShares, sesPairs} from "../../../src/lib/ongelijkheid/queries.js";
import {sql} from "../../../src/lib/sql.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

// Two gemeenten: GM0001 (5 buurten, one without SES), GM0002 (3 buurten). SES values 1..7 plus a
// wijk row that must not count; quantile_cont(0.25) over the 7 buurt SES values = 2.5.
const SETUP = [
  `CREATE TABLE areas AS SELECT * FROM (VALUES
    ('BU00010001','b1','buurt','GM0001','Een''s','PV01','CR01','G4',1,100),
    ('BU00010002','b2','buurt','GM0001','Een''s','PV01','CR01','G4',1,100),
    ('BU00010003','b3','buurt','GM0001','Een''s','PV01','CR01','G4',1,100),
    ('BU00010004','b4','buurt','GM0001','Een''s','PV01','CR01','G4',1,10),
    ('BU00010005','b5','buurt','GM0001','Een''s','PV01','CR01','G4',1,100),
    ('BU00020001','c1','buurt','GM0002','Twee','PV02','CR02','<20k',5,100),
    ('BU00020002','c2','buurt','GM0002','Twee','PV02','CR02','<20k',5,100),
    ('BU00020003','c3','buurt','GM0002','Twee','PV02','CR02','<20k',5,100),
    ('GM0001','Een''s','gemeente','GM0001','Een''s','PV01','CR01','G4',1,410),
    ('GM0002','Twee','gemeente','GM0002','Twee','PV02','CR02','<20k',5,300)
  ) t(code, name, level, gemeente_code, gemeente_name, provincie_code, corop_code, size_class, stedelijkheid, households)`,
  `ALTER TABLE areas ADD COLUMN provincie_name VARCHAR; ALTER TABLE areas ADD COLUMN corop_name VARCHAR;
   ALTER TABLE areas ADD COLUMN centroid_lon DOUBLE; ALTER TABLE areas ADD COLUMN centroid_lat DOUBLE`,
  `CREATE TABLE lbm AS SELECT code, 'buurt' AS level, 2020 AS year, v AS lbm, 0.0 AS afw, 0.0 AS won, 0.0 AS fys, 0.0 AS vrz, 0.0 AS soc, 0.0 AS onv, c AS lbm_class FROM (VALUES
    ('BU00010001', 3.9, 3), ('BU00010002', 3.9, 4), ('BU00010003', 4.3, 6), ('BU00010004', 3.9, 2), ('BU00010005', 3.9, 4),
    ('BU00020001', 3.9, 4), ('BU00020002', 4.3, 6), ('BU00020003', 4.3, 7)) t(code, v, c)`,
  `CREATE TABLE ses AS SELECT * FROM (VALUES
    ('BU00010001','buurt',2019, 1.0, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, 0.3),
    ('BU00010002','buurt',2019, 2.0, NULL, NULL, NULL, 0.3),
    ('BU00010003','buurt',2019, 3.0, NULL, NULL, NULL, 0.3),
    ('BU00010004','buurt',2019, 4.0, NULL, NULL, NULL, 0.3),
    ('BU00010005','buurt',2019, NULL, NULL, NULL, NULL, NULL),
    ('BU00020001','buurt',2019, 5.0, NULL, NULL, NULL, 0.3),
    ('BU00020002','buurt',2019, 6.0, NULL, NULL, NULL, 0.3),
    ('BU00020003','buurt',2019, 7.0, NULL, NULL, NULL, 0.3),
    ('WK000100','wijk',2019, -9.0, NULL, NULL, NULL, 0.3)
  ) t(code, level, year, ses_total, ses_welvaart, ses_opleiding, ses_arbeid, ses_spread)`,
];

const params = {
  lbmYear: 2020,
  sesYear: 2019,
  level: "buurt",
  region: EMPTY_REGION,
  minHouseholds: 0,
  sesPercentile: 25,
  maxLbmClass: 4,
  minAreas: 2,
};

describe("SES SQL builders", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    for (const ddl of SETUP) await conn.run(ddl);
  });

  it("pairs every scored buurt with its SES, keeping missing SES as null", async () => {
    const rows = await runFragment(conn, sesPairs(params));
    expect(rows).toHaveLength(8);
    expect(rows.find((d) => d.code === "BU00010005")!.ses_total).toBeNull();
    expect(await runFragment(conn, sesPairs({...params, minHouseholds: 50}))).toHaveLength(7);
    expect(await runFragment(conn, sesPairs({...params, region: {...EMPTY_REGION, gemeente: "GM0002"}}))).toHaveLength(
      3,
    );
  });

  // As on the page: the temporary table of the selection first, then the quadrant query on it.
  const shares = async (p: typeof params & {order?: string}) => {
    await runFragment(conn, quadrantPairs(p));
    return runFragment(conn, quadrantShares(p));
  };

  it("computes low–low and high-LBM/low-SES shares against a national SES percentile", async () => {
    const rows = await shares(params);
    expect(rows[0].ses_cut).toBeCloseTo(2.5, 12);
    // GM0001 has 4 buurten with both: SES 1 (class 3) and 2 (class 4) are low–low; none high-LBM/low-SES.
    expect(rows[0]).toMatchObject({
      code: "GM0001",
      name: "Een's",
      areas: 4,
      low_low: 2,
      high_lbm_low_ses: 0,
      share_low_low: 0.5,
    });
    expect(rows[1]).toMatchObject({code: "GM0002", areas: 3, low_low: 0, share_low_low: 0});
    // Raising the LBM cut-off to class 3 leaves SES 2 (class 4) as low SES with LBM above the cut.
    const stricter = await shares({...params, maxLbmClass: 3});
    expect(stricter[0]).toMatchObject({code: "GM0001", low_low: 1, high_lbm_low_ses: 1, share_high_lbm_low_ses: 0.25});
    // A region filter does not move the national cut; minAreas drops small gemeenten.
    const one = await shares({...params, region: {...EMPTY_REGION, gemeente: "GM0002"}});
    expect(one).toHaveLength(1);
    expect(one[0].ses_cut).toBeCloseTo(2.5, 12);
    expect(await shares({...params, minAreas: 4})).toHaveLength(1);
    const byHigh = await shares({...params, maxLbmClass: 3, order: "high_low"});
    expect(byHigh[0].code).toBe("GM0001");
  });

  it("keeps the temporary table to the selection: households and region", async () => {
    await runFragment(
      conn,
      quadrantPairs({...params, minHouseholds: 50, region: {...EMPTY_REGION, gemeente: "GM0001"}}),
    );
    const [{n}] = await runFragment(
      conn,
      sql`SELECT count(*)::INTEGER AS n FROM quadrant_pairs WHERE ses_total IS NOT NULL`,
    );
    const expected = (
      await runFragment(conn, sesPairs({...params, minHouseholds: 50, region: {...EMPTY_REGION, gemeente: "GM0001"}}))
    ).filter((d) => d.lbm_class != null && d.ses_total != null).length;
    expect(n).toBe(expected);
    expect(n).toBeGreaterThan(0);
  });

  it("rejects a column that is not a SES level measure", () => {
    expect(() => quadrantShares({...params, sesMeasure: "ses_spread"})).toThrow(/Onbekende kolom/);
  });
});
