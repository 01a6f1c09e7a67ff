// Home: controls change the overview to what node DuckDB computes on the same parquet, and a URL
// with parameters restores the view.
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {builtData} from "./parquet.mjs";
import {assertClean, screenshotPath, settled, startSite} from "./setup.mjs";
import {tQuantile} from "../../src/lib/stats/student-t.js";

const value = (page, id) => page.$eval(`#${id}`, (el) => Number(el.dataset.value));

describe("home", () => {
  let site, data;
  before(async () => {
    site = await startSite();
    data = await builtData();
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  const overview = async (year, level, where = "TRUE", params = []) =>
    (
      await data.rows(
        `SELECT count(*) AS areas, count(*) FILTER (WHERE l.lbm_class < 5) AS insufficient,
              coalesce(sum(a.households) FILTER (WHERE l.lbm_class < 5), 0) AS households
       FROM lbm l JOIN areas a ON a.code = l.code
       WHERE l.level = '${level}' AND l.year = ${year} AND l.lbm_class IS NOT NULL AND ${where}`,
        params,
      )
    )[0];

  it("gives the SES headline the gemeente-clustered interval of an independent SQL computation", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + "/");
      await settled(page);
      const [{r, g, ss}] = await data.rows(
        `WITH c AS (
           SELECT l.lbm AS y, s.ses_total AS x, a.gemeente_code AS gm
           FROM lbm l JOIN areas a ON a.code = l.code JOIN ses s ON s.code = l.code AND s.year = 2019
           WHERE l.level = 'buurt' AND l.year = 2020 AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL
         ), m AS (SELECT corr(x, y) AS r, count(*) AS n, avg(x) AS mx, avg(y) AS my, stddev_pop(x) AS sx, stddev_pop(y) AS sy FROM c),
         u AS (SELECT gm, sum(((x - mx) * (y - my) / (sx * sy) - r / 2 * ((x - mx) ^ 2 / sx ^ 2 + (y - my) ^ 2 / sy ^ 2)) / (n * (1 - r ^ 2))) AS s FROM c, m GROUP BY gm)
         SELECT any_value(m.r) AS r, count(*) AS g, sum(s ^ 2) AS ss FROM u, m`,
      );
      const se = Math.sqrt((Number(g) / (Number(g) - 1)) * ss);
      const q = tQuantile(0.975, Number(g) - 1);
      const shown = await page.$eval("#kpi-ses-interval", (el) => [Number(el.dataset.lower), Number(el.dataset.upper)]);
      assert.ok(Math.abs(shown[0] - Math.tanh(Math.atanh(r) - q * se)) < 1e-9, `lower ${shown[0]}`);
      assert.ok(Math.abs(shown[1] - Math.tanh(Math.atanh(r) + q * se)) < 1e-9, `upper ${shown[1]}`);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("restores year, level and region from the URL", async () => {
    const [{provincie_code: provincie}] = await data.rows(
      "SELECT provincie_code FROM areas WHERE level = 'gemeente' ORDER BY provincie_code DESC LIMIT 1",
    );
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/?jaar=2014&niveau=wijk&provincie=${provincie}`);
      await settled(page);
      assert.equal(await page.$eval("#home-year select", (s) => s.options[s.selectedIndex].textContent), "2014");
      assert.equal(
        await page.$eval("input[type=radio]:checked", (el) => el.parentElement.textContent.trim()),
        "Wijken",
      );
      const expected = await overview(2014, "wijk", "a.provincie_code = $1", [provincie]);
      assert.equal(await value(page, "kpi-areas"), expected.areas);
      assert.equal(await value(page, "kpi-insufficient"), expected.insufficient);
      assert.equal(await value(page, "kpi-households"), expected.households);
      // Every year and level is stored with the page and a provincie is a sum over its gemeenten:
      // such a link needs no DuckDB, and does not start it before the page is idle.
      const use = await page.evaluate(() => ({
        started: performance.getEntriesByName("duckdb:start").map((e) => e.detail),
        queries: performance.getEntriesByName("duckdb:query").length,
      }));
      assert.equal(use.queries, 0, "DuckDB answered a query of the overview");
      assert.ok(
        use.started.every((reason) => reason === "idle"),
        `DuckDB started for ${use.started}`,
      );
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("follows the year control and writes it to the URL", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/`);
      await settled(page);
      const national = await overview(2020, "buurt");
      assert.equal(await value(page, "kpi-areas"), national.areas);
      const before = await page.$("#class-chart");
      const index = await page.$eval("#home-year select", (s) =>
        [...s.options].findIndex((o) => o.textContent === "2008"),
      );
      await page.selectOption("#home-year select", String(index));
      await page.waitForFunction((old) => document.querySelector("#class-chart") !== old, before);
      await settled(page);
      const expected = await overview(2008, "buurt");
      assert.equal(await value(page, "kpi-insufficient"), expected.insufficient);
      assert.equal(await value(page, "kpi-households"), expected.households);
      assert.notEqual(expected.insufficient, national.insufficient, "the test needs years that differ");
      assert.match(page.url(), /[?&]jaar=2008\b/);
      await page.screenshot({path: screenshotPath("home-2008"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
