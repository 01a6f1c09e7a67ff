// Runs the browser's sql`…` fragments in node DuckDB, so SQL builders are tested on real SQL.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {compile} from "../../src/lib/sql.js";

export async function memoryConnection(): Promise<DuckDBConnection> {
  return (await DuckDBInstance.create(":memory:")).connect();
}

export async function runFragment(conn: DuckDBConnection, fragment: unknown): Promise<Record<string, unknown>[]> {
  const {text, params} = compile(fragment);
  let i = 0;
  const numbered = text.replace(/\?/g, () => `$${++i}`);
  const reader = await conn.runAndReadAll(numbered, params);
  return reader
    .getRowObjectsJS()
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}
