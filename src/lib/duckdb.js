// One DuckDB-WASM instance per page, served from node_modules. Parquet is decoded with
// parquet-wasm and inserted as Arrow, because DuckDB-WASM's parquet reader is an extension
// that would have to be downloaded (not possible offline).
import * as duckdb from "@duckdb/duckdb-wasm";
import {tableFromIPC} from "apache-arrow";
import initParquet, {readParquet} from "parquet-wasm/esm/parquet_wasm.js";
import {compile, isFragment} from "./sql.js";
import {arrowToRows} from "./arrow-rows.js";
import {snapshotKey, snapshotQuery, unpackSnapshot} from "./snapshot.js";
import {trackWork} from "./activity.js";
import {preparedRunner} from "./prepared-runner.js";
import {engineState, updateEngine} from "./engine-progress.js";
// Every page that queries marks its re-running outputs as pending while it waits for the answers.
import "./pending-view.js";

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

/** @param {Record<string, number>} [moduleBytes] each bundle's module size as built, for the status line */
async function instantiate(moduleBytes = {}) {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const name = Object.keys(BUNDLES).find((k) => BUNDLES[k].mainModule === bundle.mainModule) ?? "";
  // The sizes come with the snapshot, which may arrive after the download has begun.
  const total = () => moduleBytes[name] ?? NaN;
  updateEngine({phase: "download", loaded: 0, total: total()});
  // Framework rewrites the worker into an ES module, so it must start as a module worker.
  const worker = new Worker(bundle.mainWorker, {type: "module"});
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // bytesLoaded counts the module as decompressed; bytesTotal is the response's (maybe compressed) length.
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
    updateEngine({loaded: p.bytesLoaded, total: total()}),
  );
  updateEngine({phase: "start"});
  return db;
}

// Downloading and compiling DuckDB is most of what a page ships. Without a snapshot it starts when
// the page opens the database, overlapping the parquet downloads; with one, the first charts come
// from the snapshot and DuckDB starts once they are drawn and the page is idle, so that its
// download does not compete with theirs.
const whenIdle = (timeout) =>
  new Promise((resolve) =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(() => resolve(), {timeout})
      : setTimeout(resolve, 0),
  );

const nextFrame = () =>
  new Promise((resolve) =>
    typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0),
  );

async function decodeParquet(name, source) {
  const [bytes] = await Promise.all([typeof source === "function" ? source() : source, ensureParquet()]);
  try {
    return readParquet(new Uint8Array(bytes)).intoIPCStream();
  } catch (error) {
    throw new Error(`Parquet-bestand voor tabel "${name}" is onleesbaar: ${error.message ?? error}`);
  }
}

/**
 * Opens a database with the given tables as parquet bytes, or functions that fetch them when
 * DuckDB opens, e.g.
 * `openDatabase({lbm: () => FileAttachment("data/lbm.parquet").arrayBuffer()}, {snapshot: FileAttachment("data/first-view-home.bin").arrayBuffer()})`.
 * (Calling `.arrayBuffer()` in the page matters: a bare parquet FileAttachment makes Framework
 * import apache-arrow from a CDN.) With a snapshot (see snapshot.js) it resolves as soon as that is
 * read, and queries it holds are answered from it while DuckDB is still downloading; DuckDB and
 * the tables are fetched once the page has asked every query of the snapshot's default view (its first charts
 * are drawn), at its first other query, or after `startAfter` ms, whichever comes first.
 * Returns {query, queryEach, queryArrow, snapshotKeys, connection, timings, close}; `query(sql\`…\`)` resolves to plain row objects.
 * Performance marks: duckdb:start (why DuckDB started) and snapshot:hit; measures: duckdb:instantiate, duckdb:decode-parquet, duckdb:open, duckdb:warm, duckdb:query.
 * @param {Record<string, ArrayBuffer | Promise<ArrayBuffer> | (() => Promise<ArrayBuffer>)>} tables
 * @param {{snapshot?: ArrayBuffer | Promise<ArrayBuffer>, laterViews?: () => Promise<ArrayBuffer>, startAfter?: number, snapshotParams?: readonly string[]}} [options]
 *   snapshotParams: URL parameters the snapshot answers whatever their value (a link with only these starts DuckDB when idle);
 *   laterViews: fetches the page's later-views container, whose queries the snapshot lists (meta.laterViews):
 *   fetched when the page asks one of them, which is then answered from it rather than by DuckDB
 */
export async function openDatabase(tables, {snapshot, laterViews, startAfter = 5000, snapshotParams = []} = {}) {
  const started = performance.now();
  const timings = {openMs: NaN, snapshotHits: 0, queries: []};
  let opening = null;
  /** @type {Record<string, number>} */
  const moduleBytes = {};
  // DuckDB starts once: at once without a snapshot or when a query is not in it, otherwise when
  // the page is idle (the tables are then decoded after the compile, off the first charts' path).
  // `reason` is recorded as the detail of a "duckdb:start" mark: "page" (no snapshot), "link" (a
  // setting in the query string), "query" (one the snapshot lacks), "connection" or "idle".
  const open = (decodeEarly, reason) => {
    if (!opening) performance.mark("duckdb:start", {detail: reason});
    return (opening ??= openDuckDB(tables, started, {decodeEarly, moduleBytes}).then(
      (opened) => (updateEngine({phase: "ready"}), (timings.openMs = performance.now() - started), opened),
      (error) => (updateEngine({phase: "failed"}), Promise.reject(error)),
    ));
  };
  /** @type {Promise<Map<string, Uint8Array>> | null} */
  let later = null;
  // Fetched once, when first needed; should it fail, DuckDB answers those queries instead.
  const laterResults = () =>
    (later ??= Promise.resolve(laterViews?.()).then((buffer) => readStored(buffer, "later-views").results)).catch(
      () => new Map(),
    );
  // A link with a setting whose every value the stored views answer (e.g. another year) most likely
  // asks a later view: fetch them with the snapshot rather than once its modules have asked.
  const linked = [...new URLSearchParams(globalThis.location?.search ?? "").keys()];
  if (laterViews && linked.some((key) => snapshotParams.includes(key))) laterResults();
  // Without a snapshot every query needs DuckDB: wait for it here, so that an unreadable table
  // shows up where the page opens the database.
  if (!snapshot) {
    await open(true, "page");
    // Nothing to warm up: the page's first queries are its own. Marked so that "ready" means one thing.
    performance.measure("duckdb:warm", {start: started});
  }
  // Every control writes the query string, so a link with a setting shows a view the snapshot most
  // likely does not hold: start DuckDB now rather than at the first query. Parameters whose every
  // value the snapshot answers (e.g. the profile's gemeente) do not count.
  else if (leavesSnapshot(globalThis.location?.search, snapshotParams)) open(true, "link").catch(() => {});
  const {meta, results} = snapshot ? readStored(await snapshot, "first-view") : {meta: {}, results: new Map()};
  Object.assign(moduleBytes, meta.engineBytes);
  const decoded = new Map();
  const laterKeys = new Set(laterViews ? (meta.laterViews ?? []) : []);
  // The snapshot's first `defaultView` results are the page's default view; any after them are
  // further views (another year, say) that a control or link may ask.
  const defaultView = [...results.keys()].slice(0, meta.defaultView ?? results.size);
  const asked = new Set();
  let waiting = 0;

  async function fromSnapshot(key, stored = results) {
    if (!decoded.has(key)) decoded.set(key, tableFromIPC(stored.get(key)));
    asked.add(key);
    // As many answers as the default view has: the first charts are drawn (of whichever view the link asked).
    if (asked.size >= defaultView.length) startSoon();
    timings.snapshotHits++;
    performance.mark("snapshot:hit", {detail: key});
    return decoded.get(key);
  }

  // {useSnapshot: false} always asks DuckDB (the end-to-end tests compare the two).
  const queryArrow = (fragment, options) => trackWork(answer(fragment, options));

  async function answer(fragment, {useSnapshot = true} = {}) {
    if (!isFragment(fragment)) throw new Error("query() verwacht een sql`…`-fragment");
    const key = useSnapshot && results.size ? snapshotKey(fragment) : null;
    if (key !== null && results.has(key)) return fromSnapshot(key);
    if (key !== null && laterKeys.has(key)) {
      const stored = await laterResults();
      if (stored.has(key)) return fromSnapshot(key, stored);
    }
    ++waiting;
    updateEngine({waiting: engineState().waiting + 1});
    try {
      const {run} = await open(true, "query");
      return await runArrow(run, fragment, timings);
    } finally {
      --waiting;
      updateEngine({waiting: engineState().waiting - 1});
    }
  }

  // DuckDB-WASM compiles its code paths on first use, so the first real query takes several times
  // longer than the next ones. Running the snapshot's queries once, counted in the worker, while
  // the page asks nothing, means a reader's first control change does not pay for that.
  async function warmUp() {
    const {run} = await open(false, "idle");
    for (const key of defaultView) {
      // The page's own queries go first.
      do await whenIdle(1000);
      while (waiting > 0);
      const {text, params} = snapshotQuery(key);
      await run(`SELECT count(*) AS n FROM (${text}) AS warm_up`, params);
    }
    performance.measure("duckdb:warm", {start: started});
  }
  let starting = null;
  // After the frame that paints the first charts, when the page is idle.
  const startSoon = () =>
    (starting ??= nextFrame()
      .then(() => whenIdle(1000))
      .then(warmUp)
      .catch(() => {}));
  if (snapshot) setTimeout(startSoon, startAfter);

  return {
    queryArrow,
    query: (fragment, options) => queryArrow(fragment, options).then(arrowToRows),
    /** Runs the fragments one after another (e.g. tables that build on each other); resolves to their rows. */
    async queryEach(fragments, options) {
      const answers = [];
      for (const fragment of fragments) answers.push(arrowToRows(await queryArrow(fragment, options)));
      return answers;
    },
    snapshotKeys: () => [...results.keys()],
    /** The DuckDB-WASM connection itself, for the werkbank's streamed, cancellable reader queries. */
    connection: () => open(true, "connection").then(({conn}) => conn),
    timings,
    async close() {
      if (!opening) return;
      const {db, conn} = await opening;
      await conn.close();
      await db.terminate();
    },
  };
}

/** A container of stored results (snapshot.js), refused unless its results are Arrow IPC. */
function readStored(buffer, name) {
  const stored = unpackSnapshot(buffer, name);
  if (stored.meta.format !== "arrow-ipc")
    throw new Error(
      `Voorberekende resultaten (${name}) in onbekend formaat "${stored.meta.format}"; bouw de site opnieuw`,
    );
  return stored;
}

/**
 * Whether a query string holds a parameter outside `kept`.
 * @param {string | undefined} search
 * @param {readonly string[]} kept
 */
export const leavesSnapshot = (search, kept) =>
  [...new URLSearchParams(search ?? "").keys()].some((key) => !kept.includes(key));

// Decoding the tables takes the main thread for a few hundred milliseconds; with a snapshot the
// first charts are drawn meanwhile, so the tables are decoded once DuckDB itself is ready.
async function openDuckDB(tables, started, {decodeEarly, moduleBytes}) {
  for (const name of Object.keys(tables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ongeldige tabelnaam ${name}`);
  }
  // The worker compiles DuckDB while the main thread downloads and decodes the parquet files.
  const opening = instantiate(moduleBytes).then(async (db) => {
    const conn = await db.connect();
    // Belt and braces: never let DuckDB try to fetch an extension from the internet.
    await conn.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
    performance.measure("duckdb:instantiate", {start: started});
    return {db, conn};
  });
  ensureParquet();
  if (!decodeEarly) await opening;
  const decoded = /** @type {[string, Uint8Array][]} */ ([]);
  for (const [name, bytes] of Object.entries(tables)) decoded.push([name, await decodeParquet(name, bytes)]);
  performance.measure("duckdb:decode-parquet", {start: started});
  const {db, conn} = await opening;
  for (const [name, ipc] of decoded) await conn.insertArrowFromIPCStream(ipc, {name, create: true});
  performance.measure("duckdb:open", {start: started});
  return {db, conn, run: preparedRunner(conn)};
}

async function runArrow(run, fragment, timings) {
  const {text, params} = compile(fragment);
  const t0 = performance.now();
  const table = await run(text, params);
  timings.queries.push(performance.now() - t0);
  // The query's opening words name it in a performance profile.
  performance.measure("duckdb:query", {start: t0, detail: text.slice(0, 160)});
  if (timings.queries.length > 500) timings.queries.shift();
  return table;
}
