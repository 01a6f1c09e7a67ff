// The service worker (scripts/service-worker.js): after one visit a page opens and answers its
// controls with no network at all, and neither the page nor the worker requests anything outside
// the site. The site is served by the production host (scripts/static-host.mjs); Playwright's
// request routing is not used here because it switches the HTTP cache off, and nothing but
// loopback resolves instead.
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {chromium} from "playwright-core";
import {serveStatic} from "../../scripts/static-host.mjs";
import {ARGS, CHROMIUM} from "./browser.mjs";
import {DIST, builtPages, settled, TIMEOUT} from "./setup.mjs";

const FIRST_CHART = "#class-chart svg";
const GEMEENTE_SELECT = "fieldset.region-filter > .region-filter-field:nth-of-type(3) select";

/** Resolves once some cache of the site holds a file whose URL matches `pattern` (a source string). */
const cached = (page, pattern) =>
  page.waitForFunction(
    async (pattern) => {
      for (const name of await caches.keys()) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((r) => new RegExp(pattern).test(r.url))) return true;
      }
      return false;
    },
    pattern,
    {timeout: TIMEOUT, polling: 250},
  );

describe("offline after one visit (service worker)", () => {
  let host, browser;
  before(async () => {
    builtPages();
    host = await serveStatic(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    });
  });
  after(async () => {
    await browser?.close();
    await host?.close();
  });

  it("opens Home with a gemeente, its first chart and DuckDB answers with the network gone", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const requests = [];
    const errors = [];
    // context-level: the page, its workers and the service worker.
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));

    await page.goto(`${host.origin}/`);
    await page.waitForSelector(FIRST_CHART, {timeout: TIMEOUT});
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: TIMEOUT});
    await page.waitForFunction(() => performance.getEntriesByName("duckdb:open").length > 0, null, {
      timeout: TIMEOUT,
    });
    await settled(page);
    // One gemeente: its own buurt map is the overview's one DuckDB query (and fetches the buurt boundaries).
    const mapBefore = await page.$("#home-map");
    await page.selectOption(GEMEENTE_SELECT, {index: 1});
    await page.waitForFunction((old) => document.querySelector("#home-map") !== old, mapBefore, {timeout: TIMEOUT});
    await settled(page);
    // What the DuckDB worker fetched, the boundaries and the page itself are in the worker's caches.
    await cached(page, String.raw`duckdb-eh[^/]*\.wasm$`);
    await cached(page, String.raw`/geometry\.[0-9a-f]+\.json$`);
    await cached(page, String.raw`/(index)?(\?|$)`);

    // Offline, the link with that gemeente opens and DuckDB-WASM draws its map; a year change follows.
    await context.setOffline(true);
    await host.close();
    host = null;
    await page.reload();
    await page.waitForSelector(FIRST_CHART, {timeout: TIMEOUT});
    await settled(page);
    const queries = () => page.evaluate(() => performance.getEntriesByName("duckdb:query").length);
    const answered = await queries();
    assert.ok(answered > 0, "the gemeente's map was answered by DuckDB-WASM, offline");
    const before = await page.$("#class-chart");
    await page.evaluate(() => {
      const select = document.querySelector("#home-year select");
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      select.dispatchEvent(new Event("input", {bubbles: true}));
    });
    await page.waitForFunction((old) => document.querySelector("#class-chart") !== old, before, {
      timeout: TIMEOUT,
    });
    await settled(page);
    assert.ok((await queries()) > answered, "the new year's map of the gemeente was answered by DuckDB-WASM, offline");
    assert.ok(await page.$(`${FIRST_CHART}`), "the class chart is shown for the new year");

    const origin = new URL(page.url()).origin;
    const outside = requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));
    assert.deepEqual(outside, [], "no request outside the site, the service worker's included");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
