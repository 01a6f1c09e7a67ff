/** Runs a page's default-view queries (src/first-views.js) in node DuckDB on the built tables and
 * packs the results, one parquet file each, into a snapshot container (src/lib/snapshot.js). The
 * browser answers exactly these queries from it while DuckDB-WASM compiles. */
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {FIRST_VIEWS} from "../src/first-views.js";
import {datasetYears} from "../src/lib/dataset-years.js";
import {compile} from "../src/lib/sql.js";
import {packSnapshot, snapshotKey} from "../src/lib/snapshot.js";
import {buildDataset, type BuildOptions} from "./build.ts";

const TABLES = ["areas", "lbm", "ses", "safety"] as const;
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export type FirstViewPage = keyof typeof FIRST_VIEWS;

/** The snapshot container of one page's first view. */
export async function firstViewSnapshot(page: FirstViewPage, options: BuildOptions = {}): Promise<Uint8Array> {
  const views = FIRST_VIEWS[page];
  if (!views)
    throw new Error(`first-view: onbekende pagina "${page}" (bekend: ${Object.keys(FIRST_VIEWS).join(", ")})`);
  const built = await buildDataset(options);
  // The defaults the page picks on this dataset (its years, from the same provenance.json the page reads).
  const years = datasetYears(JSON.parse(await readFile(built.path("provenance"), "utf8")));
  const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
  const conn = await instance.connect();
  const dir = await mkdtemp(join(tmpdir(), "lbm-first-view-"));
  try {
    for (const table of TABLES)
      await conn.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${quote(built.path(table))})`);
    const entries = [];
    for (const [i, fragment] of views(years).entries()) {
      const file = join(dir, `${i}.parquet`);
      await writeResult(conn, fragment, file);
      entries.push({key: snapshotKey(fragment), bytes: new Uint8Array(await readFile(file))});
    }
    return packSnapshot(entries, {page, source: built.source});
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(dir, {recursive: true, force: true});
  }
}

async function writeResult(conn: DuckDBConnection, fragment: unknown, file: string) {
  const {text, params} = compile(fragment);
  if (!/^\s*(SELECT|WITH)\b/i.test(text))
    throw new Error(`first-view: alleen SELECT-query's, niet: ${text.slice(0, 80)}`);
  let n = 0;
  const numbered = text.replace(/\?/g, () => `$${++n}`);
  try {
    await conn.run(`CREATE OR REPLACE TEMP TABLE first_view_result AS ${numbered}`, params as never);
  } catch (error) {
    throw new Error(`first-view: query faalt: ${(error as Error).message}\n${text}`);
  }
  await conn.run(`COPY first_view_result TO ${quote(file)} (FORMAT parquet, COMPRESSION zstd)`);
}
