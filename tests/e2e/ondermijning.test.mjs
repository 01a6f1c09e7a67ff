// The ondermijning page in Chromium: weights change the ranking to what an independent node
// DuckDB query on the same parquet computes; a CSV upload adds an indicator; markup in a CSV
// header stays text; no console errors and no requests outside the site.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {fileURLToPath} from "node:url";
import {DuckDBInstance} from "@duckdb/node-api";
import {axeViolations} from "./axe.mjs";
import {DIST, assertClean, screenshotPath, settled, startSite, TIMEOUT} from "./setup.mjs";

const PATH = "/ondermijning";
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const MEASURES = [
  "verdachten_drugs",
  "veroordeelden_drugs",
  "verdachten_vermogen",
  "drugshandel",
  "hennepkwekerijen",
  "witwassen",
];
const YEAR = 2019;
const MIN_RESPONDENTS = 300;

const parquet = (table) => {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${table}\\.[0-9a-f]+\\.parquet$`).test(f));
  if (!file) throw new Error(`${table} parquet missing in ${dir}`);
  return join(dir, file).replaceAll("'", "''");
};

/** Top gemeenten by the weighted mean z-score, written independently of the page's code. */
async function expectedTop(conn, weights, limit = 10) {
  const used = Object.entries(weights).filter(([, w]) => w > 0);
  const values = used.map(([m, w]) => `('${m}', ${Number(w)})`).join(", ");
  const reader = await conn.runAndReadAll(`
    WITH s AS (SELECT * FROM read_parquet('${parquet("safety")}') WHERE level = 'gemeente' AND year = ${YEAR}),
    reliable AS (SELECT code FROM s WHERE measure = 'onveilig_buurt' AND value IS NOT NULL AND respondents >= ${MIN_RESPONDENTS}),
    z AS (
      SELECT s.code, s.measure, (s.value - avg(s.value) OVER (PARTITION BY s.measure)) / stddev_samp(s.value) OVER (PARTITION BY s.measure) AS z
      FROM s JOIN reliable USING (code)
      WHERE s.value IS NOT NULL AND s.measure IN (SELECT measure FROM (VALUES ${values}) w(measure, weight))
    ),
    w(measure, weight) AS (VALUES ${values})
    SELECT code, sum(z * weight) / sum(weight) AS idx
    FROM z JOIN w USING (measure)
    GROUP BY code HAVING count(*) = ${used.length}
    ORDER BY idx DESC, code
    LIMIT ${limit}`);
  return reader.getRowObjectsJS();
}

/**
 * Every analysed gemeente with the default weights (all indicators 1): competition rank of the index,
 * and the residual of onveiligheid on the index (OLS) in units of σ̂ = √(SSE / (n − 2)).
 */
async function expectedResiduals(conn) {
  const weights = Object.fromEntries(MEASURES.map((m) => [m, 1]));
  const ranked = await expectedTop(conn, weights, 100000);
  const values = ranked.map((d) => `('${d.code}', ${d.idx})`).join(", ");
  const reader = await conn.runAndReadAll(`
    WITH i(code, idx) AS (VALUES ${values}),
    o AS (SELECT code, value AS y FROM read_parquet('${parquet("safety")}')
          WHERE level = 'gemeente' AND year = ${YEAR} AND measure = 'onveilig_buurt'),
    d AS (SELECT i.code, i.idx, o.y FROM i JOIN o USING (code) WHERE o.y IS NOT NULL),
    fit AS (SELECT regr_intercept(y, idx) AS a, regr_slope(y, idx) AS b, count(*) AS n FROM d),
    e AS (SELECT d.code, d.idx, d.y - (fit.a + fit.b * d.idx) AS e, fit.n FROM d, fit)
    SELECT e.code, a.name, e.e / sqrt(sum(e.e * e.e) OVER () / (e.n - 2)) AS residual,
           rank() OVER (ORDER BY e.idx DESC) AS rank, e.n
    FROM e JOIN read_parquet('${parquet("areas")}') AS a ON a.code = e.code
    ORDER BY rank, e.code`);
  return reader.getRowObjectsJS().map((r) => ({...r, rank: Number(r.rank), n: Number(r.n)}));
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Two decimals the Dutch way with a real minus sign, as src/lib/format.js writes them.
const dutch2 = (x) =>
  new Intl.NumberFormat("nl-NL", {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(x).replace("-", "\u2212");

async function rankingCodes(page, n = 10) {
  return page.$$eval(
    "#ranking-table tbody tr",
    (rows, n) => rows.slice(0, n).map((r) => ({code: r.dataset.code, rank: Number(r.dataset.rank)})),
    n,
  );
}

describe("ondermijning page", () => {
  let site, conn;
  before(async () => {
    site = await startSite();
    conn = await (await DuckDBInstance.create(":memory:")).connect();
  });
  after(async () => site?.close());

  it("ranks by the chosen weights exactly as node DuckDB does, and keeps weights in the URL", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page);
      await page.screenshot({path: screenshotPath("ondermijning"), fullPage: true});

      const all = Object.fromEntries(MEASURES.map((m) => [m, 1]));
      const expectedDefault = await expectedTop(conn, all);
      const shown = await rankingCodes(page);
      assert.deepEqual(
        shown.map((d) => d.code),
        expectedDefault.map((d) => d.code),
        "default ranking differs from DuckDB",
      );
      assert.equal(await page.getAttribute("#ranking-top", "data-code"), expectedDefault[0].code);

      // Hennep only (others 0) and then hennep 3 : vermogen 1.
      const scenarios = [
        {...Object.fromEntries(MEASURES.map((m) => [m, 0])), hennepkwekerijen: 1},
        {...Object.fromEntries(MEASURES.map((m) => [m, 0])), hennepkwekerijen: 3, verdachten_vermogen: 1},
      ];
      const tops = [];
      for (const weights of scenarios) {
        for (const m of MEASURES) await page.fill(`#weight-${m}`, String(weights[m]));
        await settled(page);
        const expected = await expectedTop(conn, weights);
        const got = await rankingCodes(page);
        assert.deepEqual(
          got.map((d) => d.code),
          expected.map((d) => d.code),
          `ranking for ${JSON.stringify(weights)}`,
        );
        tops.push(got[0].code);
      }
      assert.notEqual(tops[0], expectedDefault[0].code, "changing weights should change the top of this ranking");

      // The weights reach the URL 120 ms after the last keystroke (one history write per edit).
      await page.waitForFunction(() => new URL(location.href).searchParams.get("w_hennepkwekerijen") === "3", null, {
        timeout: TIMEOUT,
      });
      const url = new URL(page.url());
      assert.equal(url.searchParams.get("w_hennepkwekerijen"), "3");
      assert.equal(url.searchParams.get("w_verdachten_drugs"), "0");

      // A reload with that URL restores the same ranking.
      await page.goto(url.href);
      await settled(page);
      assert.equal(await page.getAttribute("#ranking-top", "data-code"), tops[1]);

      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("prints the moderation finding only when it survives HC3 and dropping influential gemeenten, and says so", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page);
      const verdict = await page.$eval("#moderation-verdict", (el) => ({...el.dataset, text: el.textContent}));
      assert.ok(Number.isFinite(Number(verdict.hc3P)), "HC3 p-value on the element");
      assert.ok(Number.isFinite(Number(verdict.weightedP)), "Demoland carries respondents: the weighted check is made");
      if (/HC3/.test(verdict.text)) assert.match(verdict.text, /gewogen naar het aantal respondenten p [<=]/);
      if (verdict.survives === "true")
        assert.match(verdict.text, /Dit houdt stand: met robuuste standaardfouten \(HC3\)/);
      else if (verdict.text) assert.match(verdict.text, /niet aangetoond/);
      // The outlier rule names its multiplicity control.
      assert.match(await page.$eval("main", (el) => el.textContent), /Bonferroni: kans 0,05 op één vals alarm/);
      await page.selectOption("#outlier-alpha select", {label: "0,10"});
      await page.waitForURL(/uitschieteralfa=0\.1/, {timeout: 30_000});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("adds an uploaded indicator that then drives the ranking, without putting it in the URL", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page);
      const reader = await conn.runAndReadAll(`
        SELECT code FROM read_parquet('${parquet("safety")}')
        WHERE measure = 'onveilig_buurt' AND level = 'gemeente' AND year = ${YEAR} AND value IS NOT NULL AND respondents >= ${MIN_RESPONDENTS}
        ORDER BY code`);
      const codes = reader.getRowObjectsJS().map((d) => d.code);
      const chosen = codes[Math.floor(codes.length / 2)];
      // Dutch Excel style: BOM, semicolons, decimal comma, unpadded codes; one unknown code.
      const lines = [
        "\ufeffgemeentecode;Eigen teller",
        ...codes.map((c, i) => `${Number(c.slice(2))};${c === chosen ? "1000,5" : `${i % 7},25`}`),
        "9997;1",
      ];
      const file = join(mkdtempSync(join(tmpdir(), "ondermijning-")), "eigen.csv");
      writeFileSync(file, lines.join("\r\n"));

      await page.setInputFiles("#indicator-file", file);
      await page.waitForSelector("#file-indicators-preview");
      assert.equal(await page.isChecked("#pick-eigen_1"), false, "no uploaded column is ticked by itself");
      await page.check("#pick-eigen_1");
      await page.click("#indicator-file-add");
      await page.waitForSelector("#file-indicators-report");
      await settled(page);
      assert.match(await page.textContent("#file-indicators-report"), /Eigen teller/);
      assert.match(await page.textContent("#file-indicators-unmatched"), /GM9997/);
      assert.ok(await page.isChecked("#ind-eigen_1"), "the chosen column joins the selection");
      // Only the own indicator: the gemeente with the planted huge value leads.
      for (const m of MEASURES) await page.fill(`#weight-${m}`, "0");
      await settled(page);
      assert.equal(await page.getAttribute("#ranking-top", "data-code"), chosen);
      assert.ok(!page.url().includes("eigen"), "uploaded indicators stay out of the URL");
      assert.match(await page.textContent("#ranking-table thead"), /Eigen teller/);
      await page.screenshot({path: screenshotPath("ondermijning-upload"), fullPage: true});

      await page.click("#indicator-file-clear");
      await settled(page);
      assert.equal(await page.$("#ind-eigen_1"), null);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("shows markup in a CSV header as text and lists bad rows", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page);
      // The fixture's @@CODE@@ becomes a gemeente that exists in the data being served.
      const [{code}] = (
        await conn.runAndReadAll(`SELECT min(code) AS code FROM read_parquet('${parquet("safety")}')`)
      ).getRowObjectsJS();
      const file = join(mkdtempSync(join(tmpdir(), "ondermijning-")), "markup.csv");
      writeFileSync(
        file,
        readFileSync(join(FIXTURES, "ondermijning-markup.csv"), "utf8").replace("@@CODE@@", String(code)),
      );
      await page.setInputFiles("#indicator-file", file);
      await page.waitForSelector("#file-indicators-preview");
      const preview = await page.textContent("#file-indicators-preview");
      assert.match(preview, /<script>window\.__xss=1<\/script>/);
      assert.match(preview, /<img src=x onerror="window\.__xss=2">/);
      assert.match(preview, /niet-een-code/);
      for (const box of await page.$$("#file-indicators-preview input[type=checkbox]")) await box.check();
      await page.click("#indicator-file-add");
      await page.waitForSelector("#file-indicators-report");
      await settled(page);
      assert.match(await page.textContent("#file-indicators-report"), /<script>window\.__xss=1<\/script>/);
      assert.match(await page.textContent("#indicator-weights"), /<script>window\.__xss=1<\/script>/);
      const injected = await page.evaluate(() => ({
        xss: window.__xss ?? null,
        scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent.includes("__xss")).length,
        images: document.querySelectorAll('img[src="x"]').length,
      }));
      assert.deepEqual(injected, {xss: null, scripts: 0, images: 0});
      await page.screenshot({path: screenshotPath("ondermijning-markup"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("marks the chosen gemeente in the ranking table, the scatter and the map with its rank and residual", async () => {
    const expected = await expectedResiduals(conn);
    // A gemeente well down the ranking, so that the table has to scroll to it.
    const chosen = expected[Math.floor(expected.length * 0.6)];
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}${PATH}?gemeente=${chosen.code}`);
      await settled(page);
      const summary = `rang ${chosen.rank}, residu ${dutch2(chosen.residual)} σ`;

      const marked = await page.$$eval("#ranking-table tbody tr.ranking-focus", (rows) =>
        rows.map((r) => ({code: r.dataset.code, rank: Number(r.dataset.rank), name: r.cells[1].textContent})),
      );
      assert.deepEqual(marked, [{code: chosen.code, rank: chosen.rank, name: `${chosen.name} ◀ uitgelicht`}]);
      assert.equal(
        await page.$eval("#ranking-table tbody tr.ranking-focus th", (th) => getComputedStyle(th).fontWeight),
        "700",
      );
      // No row is hidden to show it: every analysed gemeente is still in the table.
      const rows = await page.$$eval("#ranking-table tbody tr", (trs) => ({
        all: trs.length,
        hidden: trs.filter((tr) => tr.hidden).length,
      }));
      assert.deepEqual(rows, {all: chosen.n, hidden: 0});
      // Once the table is on screen, its box is scrolled so that the row is visible inside it.
      await page.$eval(".ranking-scroll", (box) => box.scrollIntoView());
      await page.waitForFunction(() => {
        const box = document.querySelector(".ranking-scroll").getBoundingClientRect();
        const row = document.querySelector("#ranking-table tr.ranking-focus").getBoundingClientRect();
        return box.height > 0 && row.top >= box.top && row.bottom <= box.bottom;
      });

      assert.equal(await page.getAttribute("#residual-scatter", "data-focus"), chosen.code);
      assert.equal(await page.$$eval("#residual-scatter g.focus-point circle", (c) => c.length), 1);
      assert.equal(await page.textContent("#residual-scatter g.focus-label text"), `${chosen.name} (${summary})`);
      assert.match(
        await page.getAttribute("#residual-scatter svg[aria-label]", "aria-label"),
        new RegExp(`Uitgelicht: ${escapeRegExp(chosen.name)}`),
      );
      assert.equal(await page.getAttribute("#ondermijning-map", "data-focus"), chosen.code);
      assert.equal(await page.$(".focus-note"), null);
      // The marked row's colours and marker keep to WCAG AA (axe before the screenshot re-lays out charts).
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({path: screenshotPath("ondermijning-uitgelicht"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("says in one sentence that a chosen gemeente without a reliable estimate is not in the analysis", async () => {
    const [outside] = (
      await conn.runAndReadAll(`
        SELECT s.code, a.name FROM read_parquet('${parquet("safety")}') AS s
        JOIN read_parquet('${parquet("areas")}') AS a ON a.code = s.code
        WHERE s.level = 'gemeente' AND s.year = ${YEAR} AND s.measure = 'onveilig_buurt'
          AND (s.value IS NULL OR s.respondents < ${MIN_RESPONDENTS})
        ORDER BY s.code LIMIT 1`)
    ).getRowObjectsJS();
    assert.ok(outside, "the data should have a gemeente without a reliable estimate");
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}${PATH}?gemeente=${outside.code}`);
      await settled(page);
      const notes = await page.$$eval(".focus-note", (ps) => ps.map((p) => p.textContent));
      assert.ok(notes.length >= 1, "a sentence next to the charts");
      for (const note of notes)
        assert.match(
          note,
          new RegExp(
            `^De uitgelichte gemeente ${escapeRegExp(outside.name)} staat niet in deze rangorde en grafieken: er is geen betrouwbare schatting`,
          ),
        );
      assert.equal(await page.$("#ranking-table tr.ranking-focus"), null);
      assert.equal(await page.$("#residual-scatter g.focus-point"), null);
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
