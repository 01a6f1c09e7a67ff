// The Onderzoekswerkbank in Chromium: "Open in werkbank" from each theme page's main result gives
// the page's number; the example queries give what node DuckDB gives on the same parquet (and the
// headline numbers Home shows); statements that would change or write anything are refused and
// change nothing; errors show DuckDB's message with the line; the URL carries the query; a long
// query can be cancelled; downloads hold the whole result; no request leaves the site; axe clean.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {EXAMPLES} from "../../src/lib/werkbank/examples.js";
import {builtData} from "./parquet.mjs";
import {assertClean, screenshotPath, settled, startSite} from "./setup.mjs";
import {axeViolations} from "./axe.mjs";

const FINISHED = ["done", "error", "cancelled"];

/** Waits until the werkbank has finished the query it is running (or was asked to run). */
async function finished(page) {
  await page.waitForFunction(
    (states) => states.includes(document.querySelector("#werkbank-status")?.dataset.state),
    FINISHED,
    {
      timeout: 60_000,
    },
  );
  await settled(page);
  return page.$eval("#werkbank-status", (e) => e.dataset.state);
}

/** Puts `text` in the editor, once the editor is there (it is built when its cell first runs). */
async function setSql(page, text) {
  await page.waitForFunction(() => typeof document.querySelector(".werkbank-editor")?.setValue === "function");
  await page.evaluate((text) => document.querySelector(".werkbank-editor").setValue(text), text);
}

async function runSql(page, text) {
  await setSql(page, text);
  await page.click("#werkbank-run");
  return finished(page);
}

/** The rows the result table shows, numbers from data-value (exact), text as shown. */
const shownRows = (page) =>
  page.evaluate(() => {
    const columns = [...document.querySelectorAll("#werkbank-result thead th")].map((th) => th.dataset.column);
    return [...document.querySelectorAll("#werkbank-result tbody tr")].map((tr) =>
      Object.fromEntries(
        [...tr.children].map((td, i) => [
          columns[i],
          td.dataset.value != null ? Number(td.dataset.value) : td.textContent.trim() || null,
        ]),
      ),
    );
  });

function assertSameRows(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: row count`);
  expected.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const got = actual[i][key];
      if (typeof value === "number")
        assert.ok(
          Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(value)),
          `${what} row ${i} ${key}: ${got} ≠ ${value}`,
        );
      else assert.equal(got, value == null ? null : String(value), `${what} row ${i} ${key}`);
    }
  });
}

/** The "Open in werkbank" link of the Methode query whose title starts with `title`. */
async function werkbankLink(page, title) {
  const href = await page.evaluate((title) => {
    for (const a of document.querySelectorAll("details.methode .methode-werkbank a")) {
      const heading = a.parentElement.previousElementSibling?.previousElementSibling?.textContent ?? "";
      if (heading.trim().startsWith(title)) return a.href;
    }
    return null;
  }, title);
  assert.ok(href, `no "Open in werkbank" link for "${title}"`);
  return href;
}

describe("werkbank", () => {
  let site, data;
  before(async () => {
    site = await startSite();
    data = await builtData();
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  it("Open in werkbank from each theme page's main result gives the number the page shows", async () => {
    const {page, context, log} = await site.open();
    try {
      // Stijgers: the riser count, with a base year other than the default.
      await page.goto(`${site.origin}/stijgers-en-dalers?basisjaar=2012`);
      await settled(page);
      const risers = Number(await page.$eval("#riser-count", (e) => e.dataset.value));
      await page.goto(await werkbankLink(page, "Telling"));
      assert.equal(await finished(page), "done");
      assert.equal((await shownRows(page))[0].risers, risers, "risers: werkbank vs page");

      // Sociale ongelijkheid: r with Spearman instead of the default Pearson.
      await page.goto(`${site.origin}/sociale-ongelijkheid?maat=spearman`);
      await settled(page);
      const r = Number(await page.$eval("#ses-r", (e) => e.dataset.value));
      await page.goto(await werkbankLink(page, "Samenhang r"));
      assert.equal(await finished(page), "done");
      const [corr] = await shownRows(page);
      assert.ok(Math.abs(corr.r - r) < 1e-9, `r: werkbank ${corr.r} vs page ${r}`);

      // Ondermijning: the ranking with a stricter respondent threshold.
      await page.goto(`${site.origin}/ondermijning?respondenten=400`);
      await settled(page);
      const ranked = await page.$$eval("#ranking-table tbody tr", (rows) =>
        rows.slice(0, 10).map((r) => ({code: r.dataset.code, rank: Number(r.dataset.rank)})),
      );
      await page.goto(await werkbankLink(page, "Index en rangorde"));
      assert.equal(await finished(page), "done");
      const fromSql = (await shownRows(page)).slice(0, 10).map((r) => ({code: r.code, rank: r.rank}));
      assert.deepEqual(fromSql, ranked);
      // Home: its Stijgers headline.
      await page.goto(`${site.origin}/`);
      await settled(page);
      const homeRisers = Number(await page.$eval("#kpi-risers", (e) => e.dataset.value));
      await page.goto(await werkbankLink(page, "Stijgers (kop)"));
      assert.equal(await finished(page), "done");
      assert.equal((await shownRows(page))[0].risers, homeRisers, "Home risers: werkbank vs page");
      assertClean(log, "on the theme pages and the werkbank");
    } finally {
      await context.close();
    }
  });

  it("every example query gives what node DuckDB gives on the same parquet, and the headlines match Home", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/`);
      await settled(page);
      const home = await page.evaluate(() =>
        Object.fromEntries(
          ["kpi-risers", "kpi-ses", "kpi-safety"].map((id) => [id, Number(document.getElementById(id).dataset.value)]),
        ),
      );
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      const shown = {};
      for (const example of EXAMPLES) {
        assert.equal(await runSql(page, example.sql), "done", example.id);
        shown[example.id] = await shownRows(page);
        assertSameRows(shown[example.id], await data.rows(example.sql), example.id);
      }
      assert.equal(shown.stijgers[0].stijgers, home["kpi-risers"]);
      assert.ok(Math.abs(shown.ses[0].r - home["kpi-ses"]) < 1e-9);
      assert.ok(Math.abs(shown.ondermijning[0].r - home["kpi-safety"]) < 1e-9);
      assertClean(log, "running the examples");
    } finally {
      await context.close();
    }
  });

  it("refuses DROP, INSERT, CREATE, COPY … TO and the like, and the other pages see the same data", async () => {
    const {page, context, log} = await site.open();
    const attempts = [
      "DROP TABLE lbm",
      "INSERT INTO lbm SELECT * FROM lbm",
      "DELETE FROM lbm",
      "UPDATE lbm SET lbm = 0",
      "CREATE TABLE kopie AS SELECT * FROM lbm",
      "CREATE OR REPLACE TABLE lbm AS SELECT 1 AS x",
      "COPY lbm TO 'lbm.csv'",
      "SELECT 1; DROP TABLE lbm",
      "SET enable_external_access = true",
      "ATTACH ':memory:' AS ander",
    ];
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      for (const text of attempts) {
        assert.equal(await runSql(page, text), "error", text);
        assert.match(await page.$eval("#werkbank-error", (e) => e.textContent), /Niet uitgevoerd/, text);
      }
      // Reading a URL is closed off too: an error, and no request.
      assert.equal(await runSql(page, "SELECT * FROM read_csv('http://example.com/data.csv')"), "error");
      assert.match(await page.$eval("#werkbank-error", (e) => e.textContent), /Permission Error/);
      const [expected] = await data.rows("SELECT count(*) AS n, sum(lbm) AS s FROM lbm");
      assert.equal(await runSql(page, "SELECT count(*) AS n, sum(lbm) AS s FROM lbm"), "done");
      assertSameRows(await shownRows(page), [expected], "lbm after the attempts");

      const [risers] = await data.rows(EXAMPLES.find((e) => e.id === "stijgers").sql);
      await page.goto(`${site.origin}/`);
      await settled(page);
      assert.equal(Number(await page.$eval("#kpi-risers", (e) => e.dataset.value)), risers.stijgers);
      assertClean(log, "after the refused statements");
    } finally {
      await context.close();
    }
  });

  it("shows DuckDB's error with its line and a Dutch explanation", async () => {
    const {page, context} = await site.open();
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      assert.equal(await runSql(page, "SELECT code,\n       niet_bestaand\nFROM lbm"), "error");
      const text = await page.$eval("#werkbank-error", (e) => e.textContent);
      assert.match(text, /Binder Error \(regel 2\)/);
      assert.match(text, /niet_bestaand/);
      assert.match(text, /bestaat niet/);
      assert.equal(await runSql(page, "SELECT code\nFORM lbm"), "error");
      assert.match(await page.$eval("#werkbank-error", (e) => e.textContent), /Parser Error.*geen geldige SQL/s);
    } finally {
      await context.close();
    }
  });

  it("keeps the query in the URL, so that the link reproduces it; Ctrl+Enter runs; columns sort", async () => {
    const {page, context} = await site.open();
    const text = "SELECT level, count(*) AS n\nFROM areas\nGROUP BY level -- 'buurt' & co\nORDER BY n DESC";
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      await setSql(page, text);
      await page.click(".werkbank-editor .cm-content");
      await page.keyboard.press("Control+Enter");
      assert.equal(await finished(page), "done");
      const rows = await shownRows(page);
      const link = page.url();
      await page.click("#werkbank-result th[data-column=n] button");
      const ascending = (await shownRows(page)).map((r) => r.n);
      assert.deepEqual(
        ascending,
        [...ascending].sort((a, b) => a - b),
      );

      const other = await site.open();
      try {
        await other.page.goto(link);
        assert.equal(await finished(other.page), "done");
        assert.equal(await other.page.evaluate(() => document.querySelector(".werkbank-editor").value), text);
        assert.deepEqual(await shownRows(other.page), rows);
      } finally {
        await other.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it("cancels a long query and answers the next one", async () => {
    const {page, context} = await site.open();
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      await setSql(page, "SELECT sum(i * i) FROM range(50000000000) AS t(i)");
      await page.click("#werkbank-run");
      await page.waitForFunction(() => document.querySelector("#werkbank-status")?.dataset.state === "running");
      assert.equal(await page.getAttribute("main", "aria-busy"), "true");
      await page.click("#werkbank-cancel");
      assert.equal(await finished(page), "cancelled");
      assert.equal(await runSql(page, "SELECT 42 AS antwoord"), "done");
      assert.deepEqual(await shownRows(page), [{antwoord: 42}]);
    } finally {
      await context.close();
    }
  });

  it("downloads the whole result as CSV, CSV for Dutch Excel and parquet", async () => {
    const {page, context} = await site.open();
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      assert.equal(
        await runSql(page, "SELECT code, year, lbm FROM lbm WHERE level = 'buurt' ORDER BY code, year"),
        "done",
      );
      const [{n}] = await data.rows("SELECT count(*) AS n FROM lbm WHERE level = 'buurt'");
      assert.ok(n > 100, "the result is longer than the table shows");
      const save = async (label) => {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.click(`.werkbank-downloads button:text-is("${label}")`),
        ]);
        return download.path();
      };
      const csv = readFileSync(await save("CSV (standaard)"), "utf8")
        .split("\r\n")
        .filter((l) => l && !l.startsWith("#") && !l.startsWith("\ufeff#"));
      assert.equal(csv[0], "code,year,lbm");
      assert.equal(csv.length, n + 1);
      const excel = readFileSync(await save("CSV voor Excel (NL)"), "utf8")
        .split("\r\n")
        .filter((l) => l && !/^\ufeff?#/.test(l));
      assert.equal(excel[0], "code;year;lbm");
      assert.match(excel[1], /^BU\w+;\d{4};-?\d+,\d+$/);
      const parquet = await save("Parquet");
      const conn = await (await DuckDBInstance.create(":memory:")).connect();
      const rows = (
        await conn.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${parquet.replaceAll("'", "''")}')`)
      ).getRowObjectsJS();
      assert.equal(Number(rows[0].n), n);
      conn.closeSync();
    } finally {
      await context.close();
    }
  });

  it("has no serious accessibility violations with a result and chart shown, and makes no request outside the site", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/werkbank`);
      await settled(page);
      assert.equal(await runSql(page, EXAMPLES.find((e) => e.id === "ses-grootte").sql), "done");
      await page.$$eval("details.werkbank-schema-table", (all) => all.forEach((d) => (d.open = true)));
      await page.screenshot({path: screenshotPath("werkbank"), fullPage: true});
      assert.ok(await page.$(".werkbank-chart svg"), "the quick chart is drawn");
      const violations = await axeViolations(page);
      assert.deepEqual(violations, []);
      assertClean(log, "on the werkbank");
      assert.ok(log.requests.length > 0, "the request recorder saw nothing, so it is not working");
    } finally {
      await context.close();
    }
  });
});
