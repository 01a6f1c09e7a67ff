// The first-view snapshots: one parquet result per default-view query, equal to running that
// query on the built tables (the browser compares them with DuckDB-WASM in tests/e2e/first-view).
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {firstViewSnapshot} from "../../data-loaders/first-view.ts";
import {FIRST_VIEWS} from "../../src/first-views.js";
import {datasetYears, type DatasetYears} from "../../src/lib/dataset-years.js";
import {snapshotKey, unpackSnapshot} from "../../src/lib/snapshot.js";
import {runFragment} from "../helpers/duck.ts";

describe("first-view snapshots", () => {
  let conn: DuckDBConnection;
  let dir: string;
  let years: DatasetYears;
  beforeAll(async () => {
    const built = await buildDataset();
    years = datasetYears(JSON.parse(await readFile(built.path("provenance"), "utf8")));
    conn = await (await DuckDBInstance.create(":memory:")).connect();
    for (const t of ["areas", "lbm", "ses", "safety"])
      await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${built.path(t as "lbm")}')`);
    dir = await mkdtemp(join(tmpdir(), "lbm-first-view-test-"));
  }, 180_000);
  afterAll(async () => rm(dir, {recursive: true, force: true}));

  for (const page of Object.keys(FIRST_VIEWS) as (keyof typeof FIRST_VIEWS)[]) {
    it(`${page}: holds exactly the page's default-view queries, each with the query's rows`, async () => {
      const {meta, results} = unpackSnapshot(await firstViewSnapshot(page), page);
      expect(meta).toMatchObject({page, source: "demo"});
      const fragments = FIRST_VIEWS[page](years);
      expect([...results.keys()]).toEqual(fragments.map(snapshotKey));
      for (const [i, fragment] of fragments.entries()) {
        const file = join(dir, `${page}-${i}.parquet`);
        await writeFile(file, results.get(snapshotKey(fragment))!);
        const stored = await runFragmentOn(conn, `SELECT * FROM read_parquet('${file}')`);
        expect(stored, `${page} query ${i}`).toEqual(await runFragment(conn, fragment));
      }
    }, 60_000);
  }

  it("refuses an unknown page by name", async () => {
    await expect(firstViewSnapshot("nope" as never)).rejects.toThrow(/onbekende pagina "nope"/);
  });
});

async function runFragmentOn(conn: DuckDBConnection, text: string) {
  const reader = await conn.runAndReadAll(text);
  return reader
    .getRowObjectsJS()
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}
