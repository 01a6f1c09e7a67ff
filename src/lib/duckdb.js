// One DuckDB-WASM instance per page, served from node_modules. Parquet is decoded with
// parquet-wasm and inserted as Arrow, because DuckDB-WASM's parquet reader is an extension
// that would have to be downloaded (not possible offline).
import * as duckdb from "@duckdb/duckdb-wasm";
import initParquet, {readParquet} from "parquet-wasm/esm/parquet_wasm.js";
import {compile, isFragment} from "./sql.js";
import {arrowToRows} from "./arrow-rows.js";

const BUNDLES = {
  mvp: {
    mainModule: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm"),
    mainWorker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js"),
  },
  eh: {
    mainModule: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
    mainWorker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"),
  },
};
const PARQUET_WASM = import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");

let parquetReady;
const ensureParquet = () => (parquetReady ??= initParquet(PARQUET_WASM));

async function instantiate() {
  const bundle = await duckdb.selectBundle(BUNDLES);
  // Framework rewrites the worker into an ES module, so it must start as a module worker.
  const worker = new Worker(bundle.mainWorker, {type: "module"});
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  return db;
}

// Compiling DuckDB takes over a second; start as soon as a page imports this module, so the
// work overlaps with the rest of the page loading. The first openDatabase() takes this instance.
let early = instantiate();
early.catch(() => {});
const takeInstance = () => {
  const instance = early ?? instantiate();
  early = null;
  return instance;
};

async function decodeParquet(name, bytesPromise) {
  const [bytes] = await Promise.all([bytesPromise, ensureParquet()]);
  try {
    return readParquet(new Uint8Array(bytes)).intoIPCStream();
  } catch (error) {
    throw new Error(`Parquet-bestand voor tabel "${name}" is onleesbaar: ${error.message ?? error}`);
  }
}

/**
 * Opens a database with the given tables as parquet bytes, e.g.
 * `openDatabase({lbm: FileAttachment("data/lbm.parquet").arrayBuffer()})`. (Calling `.arrayBuffer()`
 * in the page matters: a bare parquet FileAttachment makes Framework import apache-arrow from a CDN.)
 * Returns {query, queryArrow, timings, close}; `query(sql\`…\`)` resolves to plain row objects.
 */
export async function openDatabase(tables) {
  const started = performance.now();
  for (const name of Object.keys(tables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ongeldige tabelnaam ${name}`);
  }
  // The worker compiles DuckDB while the main thread downloads and decodes the parquet files.
  const opening = takeInstance().then(async (db) => {
    const conn = await db.connect();
    // Belt and braces: never let DuckDB try to fetch an extension from the internet.
    await conn.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
    performance.measure("duckdb:instantiate", {start: started});
    return {db, conn};
  });
  ensureParquet();
  const decoded = [];
  for (const [name, bytes] of Object.entries(tables)) decoded.push([name, await decodeParquet(name, bytes)]);
  performance.measure("duckdb:decode-parquet", {start: started});
  const {db, conn} = await opening;
  for (const [name, ipc] of decoded) await conn.insertArrowFromIPCStream(ipc, {name, create: true});
  performance.measure("duckdb:open", {start: started});
  const timings = {openMs: performance.now() - started, queries: []};
  let queue = Promise.resolve();

  async function runArrow(fragment) {
    if (!isFragment(fragment)) throw new Error("query() verwacht een sql`…`-fragment");
    const {text, params} = compile(fragment);
    const t0 = performance.now();
    const result = params.length === 0 ? conn.query(text) : runPrepared(text, params);
    const table = await result;
    timings.queries.push(performance.now() - t0);
    performance.measure("duckdb:query", {start: t0});
    if (timings.queries.length > 500) timings.queries.shift();
    return table;
  }

  async function runPrepared(text, params) {
    const statement = await conn.prepare(text);
    try {
      return await statement.query(...params);
    } finally {
      await statement.close();
    }
  }

  // One connection serialises anyway; the queue keeps prepare/close pairs from interleaving.
  const serial = (fn) => (queue = queue.then(fn, fn));

  return {
    queryArrow: (fragment) => serial(() => runArrow(fragment)),
    query: (fragment) => serial(() => runArrow(fragment)).then(arrowToRows),
    timings,
    async close() {
      await conn.close();
      await db.terminate();
    },
  };
}
