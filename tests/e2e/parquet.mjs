// Independent answers for end-to-end checks: node DuckDB reading the very parquet files the built
// site serves (dist/_file/data/<table>.<hash>.parquet), with SQL written in the test itself.
import {DuckDBInstance} from "@duckdb/node-api";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {DIST} from "./setup.mjs";

export function parquetPath(table, dist = DIST) {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${table}\\.[0-9a-f]+\\.parquet$`).test(f));
  if (!file) throw new Error(`no ${table}.*.parquet in ${dir}`);
  return join(dir, file);
}

/** A node DuckDB connection with views areas, lbm, ses, safety over the built parquet files. */
export async function builtData(dist = DIST) {
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  for (const table of ["areas", "lbm", "ses", "safety"]) {
    await conn.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${parquetPath(table, dist)}')`);
  }
  return {
    async rows(text, params = []) {
      const rows = (await conn.runAndReadAll(text, params)).getRowObjectsJS();
      return rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
      );
    },
    close: () => conn.closeSync(),
  };
}
