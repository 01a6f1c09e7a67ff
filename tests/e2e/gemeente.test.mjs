// The Gemeenteprofiel in Chromium on Demoland: for a G4 city, a small rural gemeente outside the
// ondermijning analysis and a gemeente with few buurten, every section shows the numbers an
// independent node DuckDB query on the same parquet gives (or the explained small-n /
// not-in-analysis state); typing three letters of a gemeente or buurt finds it; no console
// errors, no request outside the site, axe clean.
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {assertClean, screenshotPath, settled, startSite} from "./setup.mjs";
import {builtData} from "./parquet.mjs";
import {axeViolations} from "./axe.mjs";

// The report's years and thresholds, as the page's defaults (Demoland has every year).
const YEAR = 2020;
const BASE_YEAR = 2014;
const SES_YEAR = 2019;
const SAFETY_YEAR = 2019;
const MIN_RESPONDENTS = 300;
const MIN_CORRELATION_AREAS = 10;
const LOAD = {timeout: 240_000};

describe("gemeente profile", () => {
  let site, data, cases;
  before(async () => {
    site = await startSite();
    data = await builtData();
    const reliable = `SELECT code FROM safety WHERE level = 'gemeente' AND year = ${SAFETY_YEAR} AND measure = 'onveilig_buurt'
      AND value IS NOT NULL AND respondents >= ${MIN_RESPONDENTS}`;
    const buurten = `(SELECT count(*) FROM areas b WHERE b.level = 'buurt' AND b.gemeente_code = g.code)`;
    const [g4] = await data.rows(
      `SELECT code, name FROM areas g WHERE level = 'gemeente' AND size_class = 'G4' ORDER BY code LIMIT 1`,
    );
    const [rural] = await data.rows(`SELECT code, name FROM areas g WHERE level = 'gemeente' AND size_class = '<20k'
      AND stedelijkheid = 5 AND code NOT IN (${reliable}) ORDER BY code LIMIT 1`);
    const [few] = await data.rows(
      `SELECT code, name, ${buurten} AS n FROM areas g WHERE level = 'gemeente' ORDER BY n, code LIMIT 1`,
    );
    cases = {g4, rural, few};
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  /** What the page should show for `code`, computed here with SQL of the test's own. */
  async function expected(code) {
    const [share] = await data.rows(
      `SELECT avg((l.lbm_class < 5)::DOUBLE) AS share, count(*) AS n FROM lbm l JOIN areas a ON a.code = l.code
       WHERE l.level = 'buurt' AND l.year = ${YEAR} AND l.lbm_class IS NOT NULL AND a.gemeente_code = ?`,
      [code],
    );
    const [ses] = await data.rows(
      `SELECT corr(l.lbm, s.ses_total) AS r, count(*) AS n FROM lbm l JOIN areas a ON a.code = l.code
       JOIN ses s ON s.code = l.code AND s.year = ${SES_YEAR}
       WHERE l.level = 'buurt' AND l.year = ${YEAR} AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL AND a.gemeente_code = ?`,
      [code],
    );
    const complete = ["afw", "won", "fys", "vrz", "soc", "onv"]
      .map((c) => `e.${c} IS NOT NULL AND s.${c} IS NOT NULL`)
      .join(" AND ");
    const [risers] = await data.rows(
      `SELECT count(*) AS weak, count(*) FILTER (WHERE e.lbm_class >= 5) AS risers, count(*) FILTER (WHERE e.lbm_class < s.lbm_class) AS fallers
       FROM lbm s JOIN lbm e ON e.code = s.code AND e.level = 'buurt' AND e.year = ${YEAR} JOIN areas a ON a.code = s.code
       WHERE s.level = 'buurt' AND s.year = ${BASE_YEAR} AND s.lbm_class <= 4 AND e.lbm_class IS NOT NULL AND ${complete} AND a.gemeente_code = ?`,
      [code],
    );
    // Ondermijning: mean z-score of every indicator over the gemeenten with a reliable estimate.
    const ranking = await data.rows(`
      WITH s AS (SELECT * FROM safety WHERE level = 'gemeente' AND year = ${SAFETY_YEAR}),
      reliable AS (SELECT code FROM s WHERE measure = 'onveilig_buurt' AND value IS NOT NULL AND respondents >= ${MIN_RESPONDENTS}),
      z AS (SELECT s.code, s.measure, (s.value - avg(s.value) OVER (PARTITION BY s.measure)) / stddev_samp(s.value) OVER (PARTITION BY s.measure) AS z
            FROM s JOIN reliable USING (code) WHERE s.value IS NOT NULL AND s.measure <> 'onveilig_buurt'),
      measures AS (SELECT count(DISTINCT measure) AS k FROM z)
      SELECT code, avg(z) AS idx FROM z GROUP BY code HAVING count(*) = (SELECT k FROM measures) ORDER BY idx DESC`);
    const at = ranking.findIndex((d) => d.code === code);
    const buurtCount = (
      await data.rows(`SELECT count(*) AS n FROM areas WHERE level = 'buurt' AND gemeente_code = ?`, [code])
    )[0].n;
    return {share, ses, risers, rank: at < 0 ? null : at + 1, analysed: ranking.length, buurtCount};
  }

  async function checkProfile(key) {
    const {code} = cases[key];
    const want = await expected(code);
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/gemeente?gemeente=${code}`);
      await settled(page, LOAD);
      await page.screenshot({path: screenshotPath(`gemeente-${key}`), fullPage: true});
      assert.equal(await page.getAttribute("#gemeente-heading", "data-code"), code);

      // Stand en trend: share below voldoende, the trend chart, the map and one table row per buurt.
      const share = Number(await page.getAttribute("#share-insufficient", "data-value"));
      assert.ok(Math.abs(share - want.share.share) < 1e-12, `share below voldoende ${share} ≠ ${want.share.share}`);
      for (const id of ["#insufficient-trend", "#class-trend-buurt", "#gemeente-map"])
        assert.ok(await page.$(id), `${id} missing`);
      assert.equal(await page.$$eval("#gemeente-buurten tbody tr", (rows) => rows.length), want.buurtCount);

      // Stijgers en dalers: the gemeente's row of the comparison.
      const row = await page.$eval('#gemeente-risers tr[data-scope="gemeente"]', (tr) => ({...tr.dataset}));
      assert.deepEqual(
        [Number(row.weak), Number(row.risers), Number(row.fallers)],
        [want.risers.weak, want.risers.risers, want.risers.fallers],
      );

      // Sociale ongelijkheid: r only with enough buurten, otherwise said so.
      const ses = await page.$eval("#ses-correlation", (p) => ({
        r: p.dataset.r,
        n: Number(p.dataset.n),
        text: p.textContent,
      }));
      assert.equal(ses.n, want.ses.n);
      if (want.ses.n >= MIN_CORRELATION_AREAS)
        assert.ok(Math.abs(Number(ses.r) - want.ses.r) < 1e-9, `r ${ses.r} ≠ ${want.ses.r}`);
      else {
        assert.equal(ses.r, "");
        assert.match(ses.text, new RegExp(`minstens ${MIN_CORRELATION_AREAS} nodig`));
      }

      // Ondermijning: rank among the analysed gemeenten, or the reason it has none.
      const summary = await page.$eval("#ondermijning-summary", (p) => ({...p.dataset, text: p.textContent}));
      if (want.rank == null) {
        assert.equal(summary.inAnalysis, "false");
        assert.match(summary.text, /Niet in de analyse/);
      } else assert.deepEqual([Number(summary.rank), Number(summary.n)], [want.rank, want.analysed]);

      // Vergelijkbare gemeenten: every headline figure has a row.
      assert.equal(await page.$$eval("#gemeente-peers tbody tr", (rows) => rows.length), 6);
      assertClean(log, `on /gemeente?gemeente=${code}`);
      return {page, context, want};
    } catch (error) {
      await context.close();
      throw error;
    }
  }

  /** Why DuckDB started (duckdb:start marks) and how many queries it answered for the page. */
  const engineUse = (page) =>
    page.evaluate(() => ({
      started: performance.getEntriesByName("duckdb:start").map((e) => e.detail),
      queries: performance.getEntriesByName("duckdb:query").length,
    }));

  it("a G4 city: every section matches node DuckDB, and axe finds nothing", async () => {
    const {page, context, want} = await checkProfile("g4");
    try {
      assert.ok(want.rank != null, "the G4 city should be in the ondermijning analysis");
      // A link to a gemeente's profile is answered from the national results stored with the page:
      // DuckDB starts only when the page is idle and has nothing to answer.
      const use = await engineUse(page);
      assert.equal(use.queries, 0, "the profile asked DuckDB");
      assert.ok(
        use.started.every((reason) => reason === "idle"),
        `DuckDB started for ${use.started}`,
      );
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  it("a small rural gemeente outside the ondermijning analysis says why", async () => {
    const {context, want} = await checkProfile("rural");
    await context.close();
    assert.equal(want.rank, null);
  });

  it("a gemeente with few buurten explains the missing correlation", async () => {
    const {context, want} = await checkProfile("few");
    await context.close();
    assert.ok(want.ses.n < MIN_CORRELATION_AREAS, `the gemeente with fewest buurten has ${want.ses.n} pairs`);
  });

  it("typing three letters of a gemeente or a buurt finds it and opens its profile", async () => {
    // A buurt whose first three letters occur in few names, so that it is among the suggestions.
    const [buurt] =
      await data.rows(`WITH b AS (SELECT code, name, gemeente_code, lower(left(name, 3)) AS p FROM areas WHERE level = 'buurt')
      SELECT code, name, gemeente_code FROM b
      WHERE (SELECT count(*) FROM areas a WHERE a.level IN ('gemeente', 'buurt') AND contains(lower(a.name), b.p)) <= 5
      ORDER BY code LIMIT 1`);
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/gemeente`);
      await settled(page, LOAD);
      const box = page.getByRole("combobox", {name: "Zoek een gemeente of buurt"});
      await box.fill(cases.g4.name.slice(0, 3).toLowerCase());
      await page.waitForSelector(`[role=option][data-code="${cases.g4.code}"]`);
      await box.press("ArrowDown");
      await box.press("ArrowUp");
      // The first option is active; choose the G4 city's own option.
      await page.click(`[role=option][data-code="${cases.g4.code}"]`);
      await page.waitForFunction((code) => new URL(location.href).searchParams.get("gemeente") === code, cases.g4.code);
      await settled(page, LOAD);
      assert.equal(await page.getAttribute("#gemeente-heading", "data-code"), cases.g4.code);

      // A buurt by name, with the keyboard: its gemeente opens with the buurt highlighted.
      await box.fill(buurt.name.slice(0, 3).toUpperCase());
      await page.waitForSelector(`[role=option][data-code="${buurt.code}"]`);
      const options = await page.$$eval("[role=option]", (els) => els.map((e) => e.dataset.code));
      for (let i = 0; i < options.indexOf(buurt.code); i++) await box.press("ArrowDown");
      assert.equal(
        await box.getAttribute("aria-activedescendant"),
        await page.getAttribute(`[role=option][data-code="${buurt.code}"]`, "id"),
      );
      await box.press("Enter");
      await page.waitForFunction((code) => new URL(location.href).searchParams.get("buurt") === code, buurt.code);
      await settled(page, LOAD);
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), buurt.gemeente_code);
      assert.equal(await page.getAttribute("#gemeente-heading", "data-code"), buurt.gemeente_code);
      assert.equal(await page.getAttribute(`#gemeente-buurten tr[data-code="${buurt.code}"]`, "aria-current"), "true");
      assert.equal(await box.getAttribute("aria-expanded"), "false");
      // Another gemeente is filtered from the same national results: no query.
      assert.equal((await engineUse(page)).queries, 0, "a gemeente change asked DuckDB");
      assertClean(log, "while searching");
    } finally {
      await context.close();
    }
  });
});
