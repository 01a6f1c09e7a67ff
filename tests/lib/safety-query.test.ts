import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {ONDERMIJNING_IDS, safetyWide} from "../../src/lib/queries/safety.js";
import {memoryConnection, runFragment} from "../helpers/duck.ts";

const AREAS = `
CREATE TABLE areas AS SELECT * FROM (VALUES
  ('GM0001','Aadorp','gemeente','PV01','Noord','CR01','G4',1,100000),
  ('GM0002','Bee''s','gemeente','PV01','Noord','CR02','<20k',4,10000),
  ('GM0003','Cee','gemeente','PV02','Zuid','CR03','<20k',5,8000),
  ('BU00010001','Buurt','buurt','PV01','Noord','CR01','G4',1,500)
) t(code, name, level, provincie_code, provincie_name, corop_code, size_class, stedelijkheid, inhabitants)`;

const SAFETY = `
CREATE TABLE safety AS SELECT * FROM (VALUES
  ('GM0001','gemeente',2019,'onveilig_buurt',30.0,1000), ('GM0002','gemeente',2019,'onveilig_buurt',20.0,299),
  ('GM0001','gemeente',2019,'verdachten_drugs',3.0,NULL), ('GM0002','gemeente',2019,'verdachten_drugs',2.0,NULL),
  ('GM0003','gemeente',2019,'verdachten_drugs',1.0,NULL), ('GM0001','gemeente',2018,'verdachten_drugs',99.0,NULL),
  ('GM0001','gemeente',2019,'hennepkwekerijen',NULL,NULL)
) t(code, level, year, measure, value, respondents)`;

const LBM = `
CREATE TABLE lbm AS SELECT * FROM (VALUES
  ('GM0001','gemeente',2020,-0.05), ('GM0002','gemeente',2020,0.04), ('GM0002','gemeente',2018,0.5)
) t(code, level, year, soc)`;

describe("safetyWide query", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    for (const ddl of [AREAS, SAFETY, LBM]) await conn.run(ddl);
  });

  const options = {safetyYear: 2019, lbmYear: 2020, minRespondents: 300};

  it("gives one wide row per gemeente with reliability, soc and every indicator column", async () => {
    const rows = await runFragment(conn, safetyWide(options));
    expect(rows.map((r) => r.code)).toEqual(["GM0001", "GM0002", "GM0003"]);
    for (const id of ONDERMIJNING_IDS) expect(rows[0]).toHaveProperty(id);
    expect(rows[0]).toMatchObject({onveilig: 30, respondents: 1000, reliable: true, verdachten_drugs: 3, hennepkwekerijen: null, soc: -0.05, in_selection: true});
    expect(rows[1]).toMatchObject({name: "Bee's", onveilig: 20, respondents: 299, reliable: false, soc: 0.04});
    expect(rows[2]).toMatchObject({onveilig: null, reliable: false, soc: null, verdachten_drugs: 1});
  });

  it("follows the respondent threshold", async () => {
    const rows = await runFragment(conn, safetyWide({...options, minRespondents: 200}));
    expect(rows.map((r) => r.reliable)).toEqual([true, true, false]);
  });

  it("flags the region selection without dropping rows", async () => {
    const rows = await runFragment(conn, safetyWide({...options, region: {provincie: "PV01", stedelijkheid: 4}}));
    expect(rows.map((r) => r.in_selection)).toEqual([false, true, false]);
  });
});
