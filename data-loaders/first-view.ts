/** Runs a page's default-view queries and the further views stored with them (src/first-views.js) in node DuckDB on the built tables and
 * packs the results, one Arrow IPC stream each, into a snapshot container (src/lib/snapshot.js). The
 * browser answers exactly these queries from it while DuckDB-WASM is still downloading. A page's
 * later views (LATER_VIEWS) are packed the same way into a container of their own, fetched on demand;
 * the first-view container lists their keys so that the page knows which queries that file answers. */
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {mkdtemp, readFile, rm, stat} from "node:fs/promises";
import {createRequire} from "node:module";
import {readParquet} from "parquet-wasm/node";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {FIRST_VIEWS, LATER_VIEWS, snapshotViews} from "../src/first-views.js";
import {datasetYears, type DatasetYears} from "../src/lib/dataset-years.js";
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
  return packViews(
    page,
    options,
    (years) => snapshotViews(page, years),
    async (years) => ({
      // defaultView: how many of the entries, from the first, make the page's default view.
      defaultView: views(years).length,
      laterViews: (LATER_VIEWS[page]?.(years) ?? []).map(snapshotKey),
      engineBytes: await engineBytes(),
    }),
  );
}

/** The container of a page's later views (src/first-views.js LATER_VIEWS). */
export async function laterViewsSnapshot(page: FirstViewPage, options: BuildOptions = {}): Promise<Uint8Array> {
  const views = LATER_VIEWS[page];
  if (!views)
    throw new Error(
      `later-views: pagina "${page}" heeft geen latere views (wel: ${Object.keys(LATER_VIEWS).join(", ")})`,
    );
  return packViews(page, options, views, async () => ({}));
}

async function packViews(
  page: FirstViewPage,
  options: BuildOptions,
  views: (years: DatasetYears) => unknown[],
  meta: (years: DatasetYears) => Promise<Record<string, unknown>>,
): Promise<Uint8Array> {
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
      // Arrow IPC, so the browser reads it with apache-arrow alone: the parquet decoder (a wasm
      // module of its own) is then needed only once DuckDB opens, off the first chart's path. The
      // stream is what parquet-wasm made of the parquet file, i.e. what the browser decoded before.
      const ipc = readParquet(new Uint8Array(await readFile(file))).intoIPCStream();
      entries.push({key: snapshotKey(fragment), bytes: ipc});
    }
    return packSnapshot(entries, {page, source: built.source, format: "arrow-ipc", ...(await meta(years))});
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(dir, {recursive: true, force: true});
  }
}

/** The size of each DuckDB-WASM module the browser may load, for the page's "x van y MB" while it downloads. */
async function engineBytes(): Promise<Record<string, number>> {
  const resolve = createRequire(import.meta.url).resolve;
  const size = async (bundle: string) => (await stat(resolve(`@duckdb/duckdb-wasm/dist/duckdb-${bundle}.wasm`))).size;
  return {eh: await size("eh"), mvp: await size("mvp")};
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
