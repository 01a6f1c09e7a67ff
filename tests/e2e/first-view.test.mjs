// The first-view snapshots (results computed at build time, answered while DuckDB-WASM compiles)
// must equal what DuckDB-WASM computes for the same query on the same parquet, and every page's
// default view must actually be answered from its snapshot.
import assert from "node:assert/strict";
import {readFileSync, readdirSync} from "node:fs";
import {after, before, test} from "node:test";
import {FIRST_VIEWS, LATER_VIEWS, MORE_VIEWS} from "../../src/first-views.js";
import {datasetYears} from "../../src/lib/dataset-years.js";
import {snapshotKey, snapshotQuery} from "../../src/lib/snapshot.js";
import {defaultPairsParams} from "../../src/lib/ongelijkheid/first-view.js";
import {sesPairs} from "../../src/lib/ongelijkheid/queries.js";
import {DIST, TIMEOUT, assertClean, settled, startSite} from "./setup.mjs";

// A page's first-view key is its path without the slash ("home" for /).
const PAGES = Object.fromEntries(Object.keys(FIRST_VIEWS).map((key) => [key, key === "home" ? "/" : `/${key}`]));
// Built files carry a content hash: data/areas.978be4f1.parquet, lib/duckdb.4f5fffd2.js.
const built = (dir, prefix) => `/${dir}/${readdirSync(`${DIST}/${dir}`).find((f) => f.startsWith(`${prefix}.`))}`;
// The first views depend on the years of the built dataset, as the pages and the build read them.
const YEARS = datasetYears(JSON.parse(readFileSync(DIST + built("_file/data", "provenance"), "utf8")));

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

test("every snapshot result equals DuckDB-WASM's result for the same query", {timeout: TIMEOUT * 3}, async () => {
  const {page, context} = await site.open();
  await page.goto(`${site.origin}/methoden`);
  const files = {
    duckdb: built("_import/lib", "duckdb"),
    firstView: built("_import", "first-views"),
    tables: Object.fromEntries(["areas", "lbm", "ses", "safety"].map((t) => [t, built("_file/data", t)])),
    snapshots: Object.fromEntries(Object.keys(PAGES).map((p) => [p, built("_file/data", `first-view-${p}`)])),
    later: Object.fromEntries(Object.keys(LATER_VIEWS).map((p) => [p, built("_file/data", `later-views-${p}`)])),
  };
  const report = await page.evaluate(
    async ({years, ...files}) => {
      const {openDatabase} = await import(files.duckdb);
      const {snapshotViews, LATER_VIEWS} = await import(files.firstView);
      const bytes = (url) => fetch(url).then((r) => r.arrayBuffer());
      const tables = Object.fromEntries(Object.entries(files.tables).map(([t, url]) => [t, bytes(url)]));
      const out = [];
      for (const [name, url] of Object.entries(files.snapshots)) {
        const laterUrl = files.later[name];
        const db = await openDatabase(tables, {snapshot: bytes(url), laterViews: laterUrl && (() => bytes(laterUrl))});
        const fragments = snapshotViews(name, years);
        const keys = db.snapshotKeys();
        // The later views too: they are answered from their own file.
        for (const fragment of [...fragments, ...(LATER_VIEWS[name]?.(years) ?? [])]) {
          const fromSnapshot = await db.query(fragment);
          const fromDuckDB = await db.query(fragment, {useSnapshot: false});
          out.push({
            page: name,
            keys: keys.length,
            fragments: fragments.length,
            hits: db.timings.snapshotHits,
            rows: fromDuckDB.length,
            same: JSON.stringify(fromSnapshot) === JSON.stringify(fromDuckDB),
            first: JSON.stringify(fromSnapshot[0]),
            expected: JSON.stringify(fromDuckDB[0]),
          });
        }
        await db.close();
      }
      return out;
    },
    {...files, years: YEARS},
  );
  assert.ok(
    report.some((r) => r.page === "sociale-ongelijkheid" && r.hits > r.fragments),
    "the later views were answered from their file and compared",
  );
  for (const r of report) {
    assert.equal(r.keys, r.fragments, `${r.page}: one snapshot result per stored query`);
    assert.ok(
      r.same,
      `${r.page}: snapshot differs from DuckDB (${r.rows} rows), first row ${r.first} vs ${r.expected}`,
    );
  }
  assert.ok(
    report.some((r) => r.rows > 10000),
    "the big first-view results (13,000 buurten) are compared too",
  );
  await context.close();
});

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name}: the default view is answered from its snapshot`, {timeout: TIMEOUT * 2}, async () => {
    const {page, context} = await site.open();
    await page.goto(site.origin + path);
    await settled(page);
    // Every query in the page's first-view list was asked by the page (its defaults have not drifted).
    const hits = new Set(await page.evaluate(() => performance.getEntriesByName("snapshot:hit").map((e) => e.detail)));
    const missed = FIRST_VIEWS[name](YEARS)
      .map(snapshotKey)
      .filter((key) => !hits.has(key));
    assert.deepEqual(
      missed.map((key) => snapshotQuery(key).text.slice(0, 80)),
      [],
      `${path}: first-view queries the page did not ask`,
    );
    // The snapshot was fetched once, by the preload in the head (scripts/postbuild.mjs): the page's
    // own fetch used that response instead of asking again after its modules had run.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => /\/first-view-[\w-]+\.[0-9a-f]{8}\.bin$/.test(e.name))
        .map((e) => e.initiatorType),
    );
    assert.deepEqual(fetched, ["link"], `${path}: the snapshot is fetched once, from the preload`);
    await context.close();
  });
}

test(
  "Home: a link to another year and level is answered from the snapshot, without DuckDB",
  {timeout: TIMEOUT * 2},
  async () => {
    const year = YEARS.lbm.find((y) => y !== Math.max(...YEARS.lbm));
    const stored = new Set(MORE_VIEWS.home(YEARS).map(snapshotKey));
    const {page, context, log} = await site.open();
    await page.goto(`${site.origin}/?jaar=${year}&niveau=wijk`);
    await settled(page);
    assert.equal(await page.$eval("#home-year select", (s) => s.selectedOptions[0].textContent), String(year));
    const use = await page.evaluate(() => ({
      hits: performance.getEntriesByName("snapshot:hit").map((e) => e.detail),
      started: performance.getEntriesByName("duckdb:start").map((e) => e.detail),
      queries: performance.getEntriesByName("duckdb:query").map((e) => e.detail),
    }));
    assert.equal(
      use.hits.filter((key) => stored.has(key)).length,
      1,
      "the wijk overview of that year came from the snapshot",
    );
    assert.deepEqual(use.queries, [], "DuckDB answered a query of the overview");
    assert.ok(
      use.started.every((reason) => reason === "idle"),
      `DuckDB started for ${use.started}`,
    );
    assertClean(log, `on /?jaar=${year}&niveau=wijk`);
    await context.close();
  },
);

test(
  "Sociale ongelijkheid: a link to another LBM year draws its scatter from the later views, not DuckDB",
  {timeout: TIMEOUT * 2},
  async () => {
    const defaults = defaultPairsParams(YEARS);
    const lbmYear = YEARS.lbm.find((year) => year !== defaults.lbmYear);
    // The query the page asks for that year, all else default.
    const key = snapshotKey(sesPairs({...defaults, lbmYear}));
    assert.ok(LATER_VIEWS["sociale-ongelijkheid"](YEARS).map(snapshotKey).includes(key), "a later view");
    const {page, context, log} = await site.open();
    await page.goto(`${site.origin}/sociale-ongelijkheid?lbmjaar=${lbmYear}`);
    await page.waitForSelector("#ses-scatter svg", {timeout: TIMEOUT});
    await settled(page);
    assert.match(await page.$eval("#ses-scatter figcaption", (f) => f.textContent), new RegExp(` ${lbmYear} tegen `));
    const use = await page.evaluate(() => ({
      hits: performance.getEntriesByName("snapshot:hit").map((e) => e.detail),
      started: performance.getEntriesByName("duckdb:start").map((e) => e.detail),
      queries: performance.getEntriesByName("duckdb:query").map((e) => e.detail),
      fetched: performance
        .getEntriesByType("resource")
        .filter((e) => /\/later-views-[\w-]+\.[0-9a-f]{8}\.bin$/.test(e.name)).length,
    }));
    assert.ok(use.hits.includes(key), `the ${lbmYear} pairs came from the later views`);
    assert.equal(use.fetched, 1, "the later views are fetched once");
    const pairsText = snapshotQuery(key).text.slice(0, 160);
    assert.ok(!use.queries.includes(pairsText), "DuckDB ran the pairs query");
    assert.ok(!use.started.includes("link"), `DuckDB started for the link (${use.started})`);
    assertClean(log, `on /sociale-ongelijkheid?lbmjaar=${lbmYear}`);
    await context.close();
  },
);
