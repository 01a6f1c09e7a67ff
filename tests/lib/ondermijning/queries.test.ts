import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {ONDERMIJNING_IDS, safetyWide} from "../../../src/lib/ondermijning/queries.js";
import {describeMarking, markRows} from "../../../src/lib/ondermijning/selection.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

const AREAS = `
CREATE TABLE areas AS SELECT * FROM (VALUES
  ('GM0001','Aadorp','gemeente','GM0001','PV01','Noord','CR01','G4',1,100000),
  ('GM0002','Bee''s','gemeente','GM0002','PV01','Noord','CR02','<20k',4,10000),
  ('GM0003','Cee','gemeente','GM0003','PV02','Zuid','CR03','<20k',5,8000),
  ('BU00010001','Buurt','buurt','GM0001','PV01','Noord','CR01','G4',1,500)
) t(code, name, level, gemeente_code, provincie_code, provincie_name, corop_code, size_class, stedelijkheid, inhabitants)`;

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

describe("safetyWide query and row marking", () => {
  let conn: DuckDBConnection;
  let rows: Record<string, unknown>[];
  beforeAll(async () => {
    conn = await memoryConnection();
    for (const ddl of [AREAS, SAFETY, LBM]) await conn.run(ddl);
    rows = await runFragment(conn, safetyWide({safetyYear: 2019, lbmYear: 2020}));
  });

  it("gives one wide row per gemeente with respondents, soc and every indicator column", () => {
    expect(rows.map((r) => r.code)).toEqual(["GM0001", "GM0002", "GM0003"]);
    for (const id of ONDERMIJNING_IDS) expect(rows[0]).toHaveProperty(id);
    expect(rows[0]).toMatchObject({
      onveilig: 30,
      respondents: 1000,
      verdachten_drugs: 3,
      hennepkwekerijen: null,
      soc: -0.05,
      stedelijkheid: 1,
    });
    expect(rows[1]).toMatchObject({name: "Bee's", onveilig: 20, respondents: 299, soc: 0.04});
    expect(rows[2]).toMatchObject({onveilig: null, respondents: null, soc: null, verdachten_drugs: 1});
  });

  it("marks reliability by the respondent threshold", () => {
    expect(markRows(rows, {minRespondents: 300}).map((r) => r.reliable)).toEqual([true, false, false]);
    expect(markRows(rows, {minRespondents: 299}).map((r) => r.reliable)).toEqual([true, true, false]);
  });

  it("marks the region selection without dropping rows", () => {
    expect(markRows(rows, {minRespondents: 300}).map((r) => r.in_selection)).toEqual([true, true, true]);
    const marked = markRows(rows, {minRespondents: 300, region: {provincie: "PV01", stedelijkheid: 4}});
    expect(marked.map((r) => r.in_selection)).toEqual([false, true, false]);
    expect(describeMarking({minRespondents: 300, region: {provincie: "PV01"}})).toBe(
      'betrouwbaar: onveilig niet leeg en respondents ≥ 300; selectie: provincie_code = "PV01"',
    );
  });
});
