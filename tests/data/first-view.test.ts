// The first-view snapshots: one Arrow IPC result per default-view query, equal to running that
// query on the built tables (the browser compares them with DuckDB-WASM in tests/e2e/first-view).
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {tableFromIPC} from "apache-arrow";
import {readFile} from "node:fs/promises";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {firstViewSnapshot, laterViewsSnapshot} from "../../data-loaders/first-view.ts";
import {FIRST_VIEWS, LATER_VIEWS, MORE_VIEWS, snapshotViews} from "../../src/first-views.js";
import {datasetYears, type DatasetYears} from "../../src/lib/dataset-years.js";
import {arrowToRows} from "../../src/lib/arrow-rows.js";
import {snapshotKey, unpackSnapshot} from "../../src/lib/snapshot.js";
import {runFragment} from "../helpers/duck.ts";

// DuckDB sums doubles in parallel, so a sum over 12,000 rows can differ in its last bits between two
// runs of the same query: compare floats to 12 significant digits, everything else exactly.
const settled = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v,
      ]),
    ),
  );

describe("first-view snapshots", () => {
  let conn: DuckDBConnection;
  let years: DatasetYears;
  beforeAll(async () => {
    const built = await buildDataset();
    years = datasetYears(JSON.parse(await readFile(built.path("provenance"), "utf8")));
    conn = await (await DuckDBInstance.create(":memory:")).connect();
    for (const t of ["areas", "lbm", "ses", "safety"])
      await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${built.path(t as "lbm")}')`);
  }, 180_000);

  for (const page of Object.keys(FIRST_VIEWS) as (keyof typeof FIRST_VIEWS)[]) {
    it(`${page}: holds exactly the page's default-view queries, each with the query's rows`, async () => {
      const {meta, results} = unpackSnapshot(await firstViewSnapshot(page), page);
      expect(meta).toMatchObject({page, source: "demo", format: "arrow-ipc"});
      // The sizes of the DuckDB-WASM modules, as in node_modules, for the page's download status.
      expect(meta.engineBytes.eh).toBeGreaterThan(1e6);
      // The default view first, then the further views the page stores (Home: every year and level).
      const fragments = snapshotViews(page, years);
      expect([...results.keys()]).toEqual(fragments.map(snapshotKey));
      expect(meta.defaultView).toBe(FIRST_VIEWS[page](years).length);
      // The queries the page's later-views file answers, so that it is fetched only for them.
      expect(meta.laterViews).toEqual((LATER_VIEWS[page]?.(years) ?? []).map(snapshotKey));
      for (const [i, fragment] of fragments.entries()) {
        // Read as the browser reads it: Arrow IPC, no parquet decoder.
        const stored = arrowToRows(tableFromIPC(results.get(snapshotKey(fragment))!));
        expect(settled(stored), `${page} query ${i}`).toEqual(settled(await runFragment(conn, fragment)));
      }
    }, 60_000);
  }

  it("Home stores its overview for every year and level, each once", () => {
    const keys = snapshotViews("home", years).map(snapshotKey);
    expect(new Set(keys).size).toBe(keys.length);
    // The areas per gemeente and class of every year and level but the default's.
    expect(MORE_VIEWS.home!(years)).toHaveLength(years.lbm.length * 2 - 1);
  });

  for (const page of Object.keys(LATER_VIEWS) as (keyof typeof LATER_VIEWS)[]) {
    it(`${page}: its later views hold exactly those queries, each with the query's rows, none in the first view`, async () => {
      const {meta, results} = unpackSnapshot(await laterViewsSnapshot(page), page);
      expect(meta).toMatchObject({page, source: "demo", format: "arrow-ipc"});
      const fragments = LATER_VIEWS[page]!(years);
      expect([...results.keys()]).toEqual(fragments.map(snapshotKey));
      const first = new Set(snapshotViews(page, years).map(snapshotKey));
      expect(fragments.map(snapshotKey).filter((key) => first.has(key))).toEqual([]);
      for (const [i, fragment] of fragments.entries()) {
        const stored = arrowToRows(tableFromIPC(results.get(snapshotKey(fragment))!));
        expect(stored.length, `${page} later view ${i}`).toBeGreaterThan(0);
        expect(settled(stored), `${page} later view ${i}`).toEqual(settled(await runFragment(conn, fragment)));
      }
    }, 120_000);
  }

  it("Sociale ongelijkheid keeps the pairs of every other LBM year for later, each once", () => {
    const keys = LATER_VIEWS["sociale-ongelijkheid"]!(years).map(snapshotKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(years.lbm.length - 1);
  });

  it("refuses an unknown page by name", async () => {
    await expect(firstViewSnapshot("nope" as never)).rejects.toThrow(/onbekende pagina "nope"/);
    await expect(laterViewsSnapshot("home")).rejects.toThrow(/"home" heeft geen latere views/);
  });
});
