// The sociale-ongelijkheid page in Chromium: the headline r and the top low–low share match
// independent node DuckDB queries on the same parquet (also after moving the quadrant cut-off);
// the LISA map renders from the worker without freezing the page; controls live in the URL;
// no console errors and no requests outside the site.
import assert from "node:assert/strict";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {DIST, TIMEOUT, assertClean, screenshotPath, settled, startSite} from "./setup.mjs";
import {tQuantile} from "../../src/lib/stats/student-t.js";

const PATH = "/sociale-ongelijkheid";
const LBM_YEAR = 2020;
const SES_YEAR = 2019;

const parquet = (table) => {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${table}\\.[0-9a-f]+\\.parquet$`).test(f));
  if (!file) throw new Error(`${table} parquet missing in ${dir}`);
  return join(dir, file).replaceAll("'", "''");
};

async function rows(conn, text) {
  return (await conn.runAndReadAll(text))
    .getRowObjectsJS()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}

// Written independently of src/lib/ongelijkheid/queries.js.
async function expectedTopShare(conn, percentile, maxClass, minAreas = 10) {
  const [top] = await rows(
    conn,
    `
    WITH s AS (SELECT * FROM read_parquet('${parquet("ses")}') WHERE level = 'buurt' AND year = ${SES_YEAR}),
    cut AS (SELECT quantile_cont(ses_total, ${percentile / 100}) AS c FROM s WHERE ses_total IS NOT NULL),
    b AS (
      SELECT a.gemeente_code, (s.ses_total < cut.c AND l.lbm_class <= ${maxClass})::INT AS ll
      FROM read_parquet('${parquet("lbm")}') l
      JOIN read_parquet('${parquet("areas")}') a USING (code)
      JOIN s USING (code), cut
      WHERE l.level = 'buurt' AND l.year = ${LBM_YEAR} AND l.lbm_class IS NOT NULL AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL
    )
    SELECT gemeente_code AS code, avg(ll) AS share FROM b GROUP BY 1 HAVING count(*) >= ${minAreas}
    ORDER BY share DESC, code LIMIT 1`,
  );
  return top;
}

const dataValue = (page, selector) => page.$eval(selector, (el) => Number(el.dataset.value));

// The gemeente-clustered interval of the headline r, written independently in SQL: per buurt the
// influence of r on Fisher's z, summed per gemeente; var = G/(G − 1)·Σ S_g²; t on G − 1 df.
async function expectedClusteredInterval(conn) {
  const [{r, g, ss}] = await rows(
    conn,
    `
    WITH c AS (
      SELECT l.lbm AS y, s.ses_total AS x, a.gemeente_code AS gm
      FROM read_parquet('${parquet("lbm")}') l
      JOIN read_parquet('${parquet("areas")}') a USING (code)
      JOIN (SELECT * FROM read_parquet('${parquet("ses")}') WHERE year = ${SES_YEAR}) s USING (code)
      WHERE l.level = 'buurt' AND l.year = ${LBM_YEAR} AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL
    ), m AS (SELECT corr(x, y) AS r, count(*) AS n, avg(x) AS mx, avg(y) AS my, stddev_pop(x) AS sx, stddev_pop(y) AS sy FROM c),
    u AS (SELECT gm, sum(((x - mx) * (y - my) / (sx * sy) - r / 2 * ((x - mx) ^ 2 / sx ^ 2 + (y - my) ^ 2 / sy ^ 2)) / (n * (1 - r ^ 2))) AS s FROM c, m GROUP BY gm)
    SELECT any_value(m.r) AS r, count(*) AS g, sum(s ^ 2) AS ss FROM u, m`,
  );
  const se = Math.sqrt((g / (g - 1)) * ss),
    q = tQuantile(0.975, g - 1);
  return [Math.tanh(Math.atanh(r) - q * se), Math.tanh(Math.atanh(r) + q * se)];
}

describe("sociale-ongelijkheid page", () => {
  let site, conn;
  before(async () => {
    site = await startSite();
    conn = await (await DuckDBInstance.create(":memory:")).connect();
  });
  after(async () => site?.close());

  it("shows the r and low–low shares node DuckDB computes, follows the cut-off, and renders the LISA map", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.addInitScript(() => {
        // Long main-thread tasks while the LISA runs would mean a frozen page.
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe(
          {type: "longtask", buffered: true},
        );
      });
      await page.goto(site.origin + PATH);
      await settled(page);

      const [{r, n}] = await rows(
        conn,
        `
        SELECT corr(l.lbm, s.ses_total) AS r, count(s.ses_total) AS n
        FROM read_parquet('${parquet("lbm")}') l
        JOIN read_parquet('${parquet("areas")}') a USING (code)
        LEFT JOIN (SELECT * FROM read_parquet('${parquet("ses")}') WHERE year = ${SES_YEAR}) s USING (code)
        WHERE l.level = 'buurt' AND l.year = ${LBM_YEAR} AND l.lbm IS NOT NULL`,
      );
      assert.ok(Math.abs((await dataValue(page, "#ses-r")) - r) < 1e-9, "headline r");
      assert.equal(await dataValue(page, "#ses-n"), n);

      const before = await expectedTopShare(conn, 20, 4);
      assert.equal(await page.$eval("#ses-top-share", (el) => el.dataset.code), before.code);
      assert.ok(Math.abs((await dataValue(page, "#ses-top-share")) - before.share) < 1e-12);

      // Lower the LBM cut-off to ruim onvoldoende (2): the top share must follow.
      await page.selectOption("#ses-lbm-cut select", {label: "ruim onvoldoende"});
      const lower = await expectedTopShare(conn, 20, 2);
      assert.ok(lower.share !== before.share, "the test needs a cut-off that changes the top share");
      await page.waitForFunction(
        (v) => Math.abs(Number(document.querySelector("#ses-top-share")?.dataset.value) - v) < 1e-12,
        lower.share,
        {timeout: TIMEOUT},
      );
      assert.equal(await page.$eval("#ses-top-share", (el) => el.dataset.code), lower.code);
      assert.match(page.url(), /lbmcut=2/);

      // And the SES cut-off to the 10th percentile.
      await page.$eval("#ses-cut input[type=number]", (input) => {
        input.value = "10";
        input.dispatchEvent(new Event("input", {bubbles: true}));
      });
      await page.waitForURL(/sescut=10/, {timeout: TIMEOUT});
      await settled(page);
      const both = await expectedTopShare(conn, 10, 2);
      assert.ok(Math.abs((await dataValue(page, "#ses-top-share")) - both.share) < 1e-12);
      assert.equal(await page.$eval("#ses-top-share", (el) => el.dataset.code), both.code);

      // The LISA map arrives from the worker; the page kept responding meanwhile.
      await page.waitForSelector("#lisa-map canvas", {timeout: TIMEOUT});
      const lowLow = await page.$eval("#lisa-map", (el) => Number(el.dataset.lowLow));
      assert.ok(lowLow > 50, `expected low–low clusters, got ${lowLow}`);
      const ms = await page.$eval("#lisa-status", (el) => Number(el.dataset.ms));
      // Every buurt now draws its own permutations (n·R·k draws instead of one shared table): a
      // background run of a few seconds; its speed is measured in the bench, this only catches a hang.
      assert.ok(ms < 30_000, `LISA took ${ms} ms`);
      await settled(page);
      await page.screenshot({path: screenshotPath("sociale-ongelijkheid"), fullPage: true});

      const errors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent));
      assert.deepEqual(errors, []);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("shows the gemeente-clustered interval first, tests groups on it, shrinks the ranking and guards the LISA correction", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page);
      const [lower, upper] = await expectedClusteredInterval(conn);
      const shown = await page.$eval("#ses-r", (el) => ({...el.dataset}));
      assert.ok(Math.abs(Number(shown.lower) - lower) < 1e-9, `clustered lower ${shown.lower} vs ${lower}`);
      assert.ok(Math.abs(Number(shown.upper) - upper) < 1e-9, `clustered upper ${shown.upper} vs ${upper}`);
      // The naive Fisher interval is still there, and much narrower: buurten in a gemeente are alike.
      assert.ok(Number(shown.naiveUpper) - Number(shown.naiveLower) < (upper - lower) / 2);
      assert.match(await page.$eval("#ses-r", (el) => el.closest(".card").textContent), /onafhankelijk telde/);

      const contrast = await page.$eval("#ses-group-contrast", (el) => ({...el.dataset, text: el.textContent}));
      assert.ok(Number(contrast.p) > Number(contrast.naiveP), "clustering makes the group difference less certain");
      assert.match(contrast.text, /G4/);
      assert.match(await page.$eval("#ses-region-list", (el) => el.textContent), /r na krimp/);

      // 12,000 buurten at α = 0,05 with 999 permutations: Bonferroni cannot reject, so it is disabled with the reason.
      await page.waitForSelector("#lisa-global", {timeout: TIMEOUT});
      assert.equal(await page.$eval("#lisa-correction input[value='2']", (el) => el.disabled), true);
      assert.match(
        await page.$eval("#lisa-correction-note", (el) => el.textContent),
        /Bonferroni kan hier niets aantonen/,
      );
      assert.equal(await page.$eval("#lisa-correction-note", (el) => el.dataset.used), "fdr");
      const global = await page.$eval("#lisa-global", (el) => ({
        value: Number(el.dataset.value),
        p: Number(el.dataset.p),
      }));
      assert.ok(global.value > 0.1 && global.p <= 0.01, `global Moran's I ${global.value}, p ${global.p}`);
      assert.match(await page.$eval("#lisa-reading", (el) => el.textContent), /samenhang/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("cancels a stale LISA run when a control changes and keeps the page responsive", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + `${PATH}?permutaties=9999`);
      // Do not wait for the page to settle: the change must come while the long run is going.
      await page.waitForSelector("#lisa-weights input[value='1']", {timeout: TIMEOUT});
      await page.waitForSelector("#lisa-status", {timeout: TIMEOUT});
      // Change the weights while the long run is going: the old worker is stopped, a new one starts.
      const t0 = Date.now();
      await page.$eval("#lisa-weights input[value='1']", (input) => input.click());
      const pingMs = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const t = performance.now();
            requestAnimationFrame(() => resolve(performance.now() - t));
          }),
      );
      assert.ok(pingMs < 500, `a frame took ${pingMs} ms during the LISA run`);
      assert.match(page.url(), /gewichten=queen/);
      await page.waitForSelector("#lisa-status[data-status=done]", {timeout: TIMEOUT});
      // The result shown is the one for contiguity (fewer than 6 neighbours on average), not the stale kNN run.
      assert.doesNotMatch(await page.$eval("#lisa-status", (el) => el.textContent), /gemiddeld 6,0 buren/);
      assert.ok(Date.now() - t0 < 60_000);
      await page.waitForSelector("#lisa-map canvas", {timeout: TIMEOUT});
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
