import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {regionCondition} from "../../src/lib/region-sql.js";
import {sql} from "../../src/lib/sql.js";
import {memoryConnection, runFragment} from "../helpers/duck.ts";

// Gemeente GM0001 is stedelijkheid 1 but has a rural buurt (5); GM0002 is rural throughout.
const AREAS = `CREATE TABLE areas AS SELECT * FROM (VALUES
  ('GM0001','gemeente','GM0001','PV20','CR01','G4',1),
  ('BU00010001','buurt','GM0001','PV20','CR01','G4',1),
  ('BU00010002','buurt','GM0001','PV20','CR01','G4',5),
  ('GM0002','gemeente','GM0002','PV21','CR02','<20k',5),
  ('BU00020001','buurt','GM0002','PV21','CR02','<20k',5)
) t(code, level, gemeente_code, provincie_code, corop_code, size_class, stedelijkheid)`;

describe("regionCondition", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    await conn.run(AREAS);
  });
  const buurten = async (filter: object) =>
    (
      await runFragment(
        conn,
        sql`SELECT code FROM areas AS a WHERE level = 'buurt' AND ${regionCondition(filter)} ORDER BY code`,
      )
    ).map((r) => r.code);

  it("is TRUE without a selection", async () => {
    expect(await buurten({})).toEqual(["BU00010001", "BU00010002", "BU00020001"]);
  });

  it("filters through the gemeente, also for stedelijkheid", async () => {
    expect(await buurten({stedelijkheid: 1})).toEqual(["BU00010001", "BU00010002"]);
    expect(await buurten({stedelijkheid: 5})).toEqual(["BU00020001"]);
    expect(await buurten({provincie: "PV21"})).toEqual(["BU00020001"]);
    expect(await buurten({provincie: "PV20", size_class: "<20k"})).toEqual([]);
  });

  it("binds hostile values", async () => {
    expect(await buurten({gemeente: "GM0001' OR '1'='1"})).toEqual([]);
    expect(() => regionCondition({}, "a; DROP")).toThrow();
  });
});
