// The werkbank's read-only check, against real DuckDB: its own parser (the query() table function)
// must refuse every statement that changes or writes something, let every kind of reading query
// through, and report a reader's mistake with the line in the reader's own text.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {assertReadOnly, statementText} from "../../../src/lib/werkbank/guard.js";
import {explainError} from "../../../src/lib/werkbank/errors.js";

let native: DuckDBConnection;
// The two calls guard.js makes, in node DuckDB's API.
const conn = {
  query: (text: string) => native.run(text),
  prepare: async (text: string) => {
    const prepared = await native.prepare(text);
    return {close: async () => prepared.destroySync()};
  },
};

beforeAll(async () => {
  native = await (await DuckDBInstance.create(":memory:")).connect();
  await native.run("CREATE TABLE lbm AS SELECT 'BU1' AS code, 2020 AS year, 4.1 AS lbm");
});
afterAll(() => native.closeSync());

const count = async () => Number((await native.runAndReadAll("SELECT count(*) AS n FROM lbm")).getRowObjectsJS()[0].n);

describe("assertReadOnly", () => {
  it.each([
    "DROP TABLE lbm",
    "INSERT INTO lbm VALUES ('BU2', 2020, 1.0)",
    "DELETE FROM lbm",
    "UPDATE lbm SET lbm = 0",
    "CREATE TABLE kopie AS SELECT * FROM lbm",
    "CREATE OR REPLACE TEMP TABLE lbm AS SELECT 1",
    "COPY lbm TO '/tmp/werkbank-test-should-not-exist.csv'",
    "SELECT 1; DROP TABLE lbm",
    "SET threads = 1",
    "ATTACH ':memory:' AS ander",
    "PRAGMA version",
  ])("refuses %s and leaves the table as it was", async (text) => {
    await expect(assertReadOnly(conn, text)).rejects.toMatchObject({name: "RefusedStatement"});
    expect(await count()).toBe(1);
  });

  it.each([
    "SELECT * FROM lbm",
    "SELECT * FROM lbm;",
    "WITH x AS (SELECT lbm FROM lbm) SELECT * FROM x",
    "FROM lbm",
    "SUMMARIZE lbm",
    "DESCRIBE lbm",
    "VALUES (1, 2)",
    "SELECT 1 -- a comment at the end",
  ])("lets %s through", async (text) => {
    await expect(assertReadOnly(conn, text)).resolves.toBeUndefined();
  });

  it("reports a wrong column with DuckDB's message and the line in the reader's text", async () => {
    const error = await assertReadOnly(conn, "SELECT code,\n  nope\nFROM lbm").catch((e) => e);
    const explained = explainError(error);
    expect(explained.title).toBe("Binder Error");
    expect(explained.line).toBe(2);
    expect(explained.message).toMatch(/nope/);
    expect(explained.explanation).toMatch(/bestaat niet/);
  });

  it("reports a syntax error as a parser error", async () => {
    const explained = explainError(await assertReadOnly(conn, "SELECT code\nFORM lbm").catch((e) => e));
    expect(explained.title).toBe("Parser Error");
    expect(explained.line).toBe(2);
  });

  it("refuses an empty text", async () => {
    await expect(assertReadOnly(conn, " ;\n")).rejects.toMatchObject({name: "RefusedStatement"});
  });
});

describe("statementText", () => {
  it("drops trailing semicolons and whitespace only", () => {
    expect(statementText("SELECT ';' AS x ;\n ")).toBe("SELECT ';' AS x");
  });
});
