// Wat is er nodig?: the page's counts equal node DuckDB on the built parquet (SQL written here), the
// scenario lives in the URL, the what-if moves classes, and the page is clean and accessible.
import assert from "node:assert/strict";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {axeViolations} from "./axe.mjs";
import {builtData} from "./parquet.mjs";
import {DIST, assertClean, screenshotPath, settled, startSite} from "./setup.mjs";

const DATA = join(DIST, "_file", "data");
const provenance = JSON.parse(
  readFileSync(
    join(
      DATA,
      readdirSync(DATA).find((f) => /^provenance\.[0-9a-f]+\.json$/.test(f)),
    ),
    "utf8",
  ),
);
const BOUNDS = `[${provenance.class_lower_bounds.join(", ")}]::DOUBLE[]`;
const YEAR = provenance.years.lbm.at(-1);
const value = (page, id) => page.$eval(`#${id}`, (el) => Number(el.dataset.value));
// Class of a score as the contract defines it: 1 + the bounds at or below it (rounded to 10 decimals).
const classOf = (score) => `(1 + len(list_filter(${BOUNDS}, b -> round(${score}, 10) >= b)))`;
const SEARCH = "#scenario-gemeente input[role=combobox]";

/** Types `name` into the search, three letters first and then one more at a time until `code` is listed. */
async function typeUntilListed(page, name, code) {
  await page.fill(SEARCH, "");
  for (let n = 3; n <= name.length; n++) {
    await page.fill(SEARCH, name.slice(0, n));
    const listed = await page.$(`.area-search-list li[data-code="${code}"]`);
    if (listed) return n;
  }
  throw new Error(`${code} (${name}) is not offered after typing its whole name`);
}

describe("wat is er nodig", () => {
  let site, data, gemeente;
  before(async () => {
    site = await startSite();
    data = await builtData();
    // The gemeente with the most buurten below voldoende in the latest year.
    [{gemeente}] = await data.rows(
      `SELECT a.gemeente_code AS gemeente FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${YEAR}
       WHERE a.level = 'buurt' AND l.lbm_class < 5 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  it("counts buurten at the target now, at the historical median, and after a what-if from the URL", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/wat-is-er-nodig?gemeente=${gemeente}&won=0.05&onv=0.02`);
      await page.waitForSelector("#what-if-reached", {state: "attached", timeout: 180_000});
      await settled(page, {timeout: 180_000});
      const [expected] = await data.rows(
        `WITH hist AS (
           SELECT s.lbm_class AS c, e.lbm - s.lbm AS d FROM lbm s
           JOIN lbm e ON e.code = s.code AND e.level = 'buurt' AND e.year = 2020
           WHERE s.level = 'buurt' AND s.year = 2014 AND s.lbm IS NOT NULL AND e.lbm IS NOT NULL),
         q AS (SELECT c, quantile_cont(round(d, 10), 0.5) AS median FROM hist GROUP BY c),
         sel AS (SELECT l.* FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${YEAR}
                 WHERE a.level = 'buurt' AND a.gemeente_code = $1 AND l.lbm IS NOT NULL)
         SELECT count(*) FILTER (WHERE lbm_class >= 5) AS now,
                count(*) FILTER (WHERE ${classOf("sel.lbm + q.median")} >= 5) AS median,
                count(*) FILTER (WHERE ${classOf(`${provenance.lbm_base} + (won + 0.05) + fys + vrz + soc + (onv + 0.02)`)} >= 5) AS what_if
         FROM sel LEFT JOIN q ON q.c = sel.lbm_class`,
        [gemeente],
      );
      assert.ok(expected.now < expected.what_if, "the what-if should lift some buurten in this test");
      assert.equal(await value(page, "scenario-now"), expected.now);
      assert.equal(await value(page, "scenario-p50"), expected.median);
      assert.equal(await value(page, "what-if-reached"), expected.what_if);
      assert.equal(await page.$eval("#what-if-reached", (el) => Number(el.dataset.before)), expected.now);
      // A link with a gemeente and a what-if is answered from the stored first view: DuckDB asks
      // nothing and starts only once the page is idle, so its download does not hold up the tables.
      const use = await page.evaluate(() => ({
        started: performance.getEntriesByName("duckdb:start").map((e) => e.detail),
        queries: performance.getEntriesByName("duckdb:query").length,
      }));
      assert.equal(use.queries, 0, "the page asked DuckDB");
      assert.ok(
        use.started.every((reason) => reason === "idle"),
        `DuckDB started for ${use.started}`,
      );
      // axe before the full-page screenshot: the screenshot resizes the viewport, which re-lays out charts.
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({path: screenshotPath("wat-is-er-nodig"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("keeps hand-picked buurten and the target in the URL", async () => {
    const buurten = await data.rows(
      `SELECT a.code FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${YEAR}
       WHERE a.level = 'buurt' AND a.gemeente_code = $1 AND l.lbm_class < 6 ORDER BY a.code LIMIT 2`,
      [gemeente],
    );
    const codes = buurten.map((b) => b.code);
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/wat-is-er-nodig?gemeente=${gemeente}&buurten=${codes.join(",")}&doel=6`);
      await settled(page, {timeout: 180_000});
      // The table shows the two buurten from the link once their gaps are computed; on a busy
      // machine that can come after the page first looks idle, so wait for the rows themselves.
      await page.waitForFunction(() => document.querySelectorAll("#scenario-gap-table tbody tr").length > 0, null, {
        timeout: 180_000,
      });
      await settled(page, {timeout: 180_000});
      const rows = await page.$$eval("#scenario-gap-table tbody tr", (trs) => trs.length);
      assert.equal(rows, 2);
      assert.equal(await value(page, "scenario-now"), 0);
      // Moving a slider writes it to the URL.
      await page.$eval("#what-if-vrz input[type=number]", (el) => {
        el.value = "0.1";
        el.dispatchEvent(new Event("input", {bubbles: true}));
      });
      await page.waitForFunction(() => /[?&]vrz=0\.1\b/.test(location.search));
      await settled(page, {timeout: 180_000});
      assert.match(page.url(), /[?&]doel=6\b/);
      assert.match(page.url(), new RegExp(`buurten=${codes.join(",")}`));
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("asks for a gemeente first", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/wat-is-er-nodig`);
      await settled(page, {timeout: 180_000});
      assert.ok(await page.$(".scenario-empty"));
      assert.equal(await page.$("#scenario-gap-table"), null);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("chooses the gemeente by typing three letters; a buurt opens its gemeente with that buurt picked", async () => {
    const [target] = await data.rows(`SELECT code, name FROM areas WHERE code = $1`, [gemeente]);
    // A buurt of the gemeente below voldoende (so the gap table lists it) whose name no other area has.
    const [buurt] = await data.rows(
      `SELECT a.code, a.name, l.lbm_class FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${YEAR}
       WHERE a.level = 'buurt' AND a.gemeente_code = $1 AND l.lbm_class < 5
         AND (SELECT count(*) FROM areas o WHERE o.name = a.name) = 1
       ORDER BY a.code LIMIT 1`,
      [gemeente],
    );
    const [expected] = await data.rows(
      `SELECT count(*) FILTER (WHERE l.lbm_class >= 5) AS now
       FROM areas a JOIN lbm l ON l.code = a.code AND l.level = 'buurt' AND l.year = ${YEAR}
       WHERE a.level = 'buurt' AND a.gemeente_code = $1 AND l.lbm IS NOT NULL`,
      [gemeente],
    );
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/wat-is-er-nodig`);
      await settled(page, {timeout: 180_000});

      // A buurt, with no gemeente chosen yet: its gemeente opens with only that buurt picked.
      await typeUntilListed(page, buurt.name, buurt.code);
      await page.click(`.area-search-list li[data-code="${buurt.code}"]`);
      await page.waitForFunction((code) => new URLSearchParams(location.search).get("buurten") === code, buurt.code);
      await page.waitForSelector("#scenario-now", {state: "attached", timeout: 180_000});
      await settled(page, {timeout: 180_000});
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), gemeente);
      assert.deepEqual(
        await page.$eval("#scenario-buurten select", (s) => [...s.selectedOptions].map((o) => o.textContent.trim())),
        [buurt.name],
      );
      assert.equal(await page.$$eval("#scenario-gap-table tbody tr", (trs) => trs.length), 1);
      assert.match(await page.textContent("#scenario-gap-table tbody tr"), new RegExp(buurt.name.replace(/\W/g, ".")));
      assert.equal(await value(page, "scenario-now"), 0);
      // A reload keeps both choices.
      await page.reload();
      await settled(page, {timeout: 180_000});
      await page.waitForFunction(() => document.querySelectorAll("#scenario-gap-table tbody tr").length === 1);
      assert.equal(new URL(page.url()).searchParams.get("buurten"), buurt.code);

      // Three letters of the gemeente list it; choosing it means all its buurten, and the numbers follow.
      assert.equal(await typeUntilListed(page, target.name, target.code), 3, "three letters list the gemeente");
      await page.click(`.area-search-list li[data-code="${target.code}"]`);
      await page.waitForFunction(() => !new URLSearchParams(location.search).has("buurten"));
      await settled(page, {timeout: 180_000});
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), gemeente);
      assert.equal(await page.$eval(SEARCH, (el) => el.value), target.name);
      assert.equal(await value(page, "scenario-now"), expected.now);
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
