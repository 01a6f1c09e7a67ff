// The states a reader can run into, each in Chromium on the built site: too few areas for a
// statistic (one gemeente at wijk level), a definition that defines nothing (no start class), a
// link with parameters the page cannot use, an empty selection, a refused weight, and a slow query
// (DuckDB held back by the test until it lets go: the outputs show they are recomputing, then clear).
import assert from "node:assert/strict";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {DIST, TIMEOUT, assertClean, screenshotPath, settled, startSite} from "./setup.mjs";

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

const text = (page, selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, " ").trim());
const visibleText = (page) => page.evaluate(() => document.querySelector("main").innerText);

// Holds every message from the DuckDB worker while window.__duckdbGate.held is set; release()
// delivers them in order. Installed before the page's scripts, so it sees the worker DuckDB starts.
function installDuckDBGate() {
  const gate = {held: false, queue: [], released: 0};
  gate.hold = () => void (gate.held = true);
  gate.release = () => {
    gate.held = false;
    for (const [worker, data] of gate.queue.splice(0)) worker.dispatchEvent(new MessageEvent("message", {data}));
    gate.released++;
  };
  window.__duckdbGate = gate;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("duckdb")) return;
      // Registered before DuckDB's own listener, so it can keep a message from reaching it.
      this.addEventListener("message", (event) => {
        if (!gate.held) return;
        event.stopImmediatePropagation();
        gate.queue.push([this, event.data]);
      });
    }
  };
}

describe("states", () => {
  let site, conn;
  before(async () => {
    site = await startSite();
    conn = await (await DuckDBInstance.create(":memory:")).connect();
  });
  after(async () => site?.close());

  it("one gemeente at wijk level: too few areas instead of r, matrix and LISA map", async () => {
    // A gemeente with between 4 and 9 wijken that have both scores (Demoland has many).
    const [{code, n}] = await rows(
      conn,
      `SELECT a.gemeente_code AS code, count(*) AS n
       FROM read_parquet('${parquet("areas")}') a
       JOIN read_parquet('${parquet("lbm")}') l USING (code)
       JOIN read_parquet('${parquet("ses")}') s USING (code)
       WHERE a.level = 'wijk' AND l.year = 2020 AND s.year = 2019 AND l.lbm IS NOT NULL AND s.ses_total IS NOT NULL
       GROUP BY 1 HAVING count(*) BETWEEN 4 AND 9 ORDER BY n DESC, code LIMIT 1`,
    );
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/sociale-ongelijkheid?niveau=wijk&gemeente=${code}`);
      await settled(page);
      for (const id of ["ses-r-too-few", "ses-matrix-too-few", "lisa-too-few", "ses-spread-too-few"]) {
        assert.equal(await page.getAttribute(`#${id}`, "data-state"), "too-few", id);
        assert.ok(Number(await page.getAttribute(`#${id}`, "data-n")) <= n, `${id} counts at most the wijken`);
      }
      assert.equal(Number(await page.getAttribute("#ses-r-too-few", "data-n")), n, "the headline counts the wijken");
      assert.match(await text(page, "#ses-r-too-few"), new RegExp(`Te weinig gebieden \\(n = ${n}, minimaal 10\\)`));
      for (const gone of ["#ses-r", "#ses-matrix", "#lisa-map", "#lisa-status"])
        assert.equal(await page.$(gone), null, `${gone} is not shown from ${n} wijken`);
      assert.doesNotMatch(await visibleText(page), /r = (0|1),99|±1,00/);
      await page.screenshot({path: screenshotPath("states-one-gemeente-wijk"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("no start class: every dependent output says why, none paints data states", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/stijgers-en-dalers`);
      await settled(page);
      for (const box of await page.$$("#ctl-start input[type=checkbox]:checked")) await box.uncheck();
      await settled(page);
      assert.match(await text(page, "#definition-error"), /Kies minstens één startklasse/);
      for (const id of [
        "stijgers-kpis",
        "findings",
        "decomposition-chart",
        "transitions",
        "stijgers-map-invalid",
        "area-table",
        "sensitivity",
      ]) {
        assert.equal(await page.getAttribute(`#${id}`, "data-state"), "invalid", id);
        assert.match(
          await text(page, `#${id}`),
          /Niet te berekenen met deze instellingen: Kies minstens één startklasse/,
        );
      }
      const shown = await visibleText(page);
      assert.doesNotMatch(shown, /Geen volledige scores/);
      assert.doesNotMatch(shown, /n = 0\b/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("a finding of the report is not tested on fewer than 10 areas", async () => {
    const {page, context, log} = await site.open();
    try {
      // One gemeente at buurt level with a few (2–9) risers from zwak/onvoldoende to voldoende: too few
      // to test the report's finding on, but not none.
      const [{code}] = await rows(
        conn,
        `SELECT a.gemeente_code AS code
         FROM read_parquet('${parquet("areas")}') AS a
         JOIN read_parquet('${parquet("lbm")}') AS s ON s.code = a.code AND s.level = 'buurt' AND s.year = 2014
         JOIN read_parquet('${parquet("lbm")}') AS e ON e.code = a.code AND e.level = 'buurt' AND e.year = 2020
         WHERE a.level = 'buurt'
         GROUP BY 1
         HAVING count(*) FILTER (WHERE s.lbm_class BETWEEN 2 AND 4 AND e.lbm_class >= 5) BETWEEN 2 AND 9
         ORDER BY count(*), code LIMIT 1`,
      );
      await page.goto(`${site.origin}/stijgers-en-dalers?gemeente=${code}`);
      await settled(page);
      const findings = await page.$$eval("#findings li[data-finding]:not([data-finding=fallers])", (items) =>
        items.map((li) => ({
          // Dutch counts group thousands with a dot ("12.950 buurten").
          count: Number(((li.textContent.match(/\(([\d.]+) (?:gebied|buurt)/) ?? [])[1] ?? "0").replaceAll(".", "")),
          verdict: /wijkt af|komt overeen/.test(li.textContent),
          tooFew: Boolean(li.querySelector("[data-state=too-few]")),
        })),
      );
      assert.ok(
        findings.some((f) => f.tooFew),
        "at least one finding rests on too few buurten here",
      );
      for (const f of findings) if (f.verdict) assert.ok(f.count >= 10, `a verdict from ${f.count} areas`);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("?gemeente=GM9999, ?jaar=abc and contradicting region keys: one notice names what was ignored", async () => {
    const [{provincie, gemeente}] = await rows(
      conn,
      `SELECT (SELECT min(provincie_code) FROM read_parquet('${parquet("areas")}') WHERE level = 'gemeente') AS provincie,
              (SELECT min(code) FROM read_parquet('${parquet("areas")}') WHERE level = 'gemeente'
                 AND provincie_code <> (SELECT min(provincie_code) FROM read_parquet('${parquet("areas")}') WHERE level = 'gemeente')) AS gemeente`,
    );
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/?gemeente=GM9999&jaar=abc`);
      await settled(page);
      const notice = await text(page, "#url-notice");
      assert.match(notice, /Niet alles uit deze link kon worden gebruikt/);
      assert.match(notice, /gemeente=GM9999 \(geen gemeente in deze gegevens\)/);
      assert.match(notice, /jaar=abc \(geen getal\)/);
      assert.equal(await page.$$eval("#url-notice", (n) => n.length), 1, "one notice");
      assert.ok(!page.url().includes("GM9999"), "the ignored value leaves the URL");

      await page.goto(`${site.origin}/?jaar=2019`);
      await settled(page);
      assert.match(await text(page, "#url-notice"), /jaar=2019 \(geen keuze op deze pagina; kies uit [\d, ]+\)/);

      await page.goto(`${site.origin}/sociale-ongelijkheid?provincie=${provincie}&gemeente=${gemeente}`);
      await settled(page);
      assert.match(
        await text(page, "#url-notice"),
        new RegExp(`gemeente=${gemeente} \\(past niet bij de andere regiokeuzes\\)`),
      );

      await page.goto(`${site.origin}/sociale-ongelijkheid`);
      await settled(page);
      assert.equal(await page.isVisible("#url-notice"), false, "no notice for a clean link");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("respondents ≥ 2000 with stedelijkheid 5: sentences, not dashes and header-only tables", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/ondermijning?respondenten=2000&stedelijkheid=5`);
      await settled(page);
      assert.equal(await page.getAttribute("#ranking-sentence", "data-state"), "empty");
      assert.equal(await page.getAttribute("#ranking-table", "data-state"), "empty");
      assert.equal(await page.getAttribute("#regression-text", "data-state"), "empty");
      assert.match(await text(page, "#regression-text"), /Geen gebieden in deze selectie\. De regressie/);
      assert.match(await text(page, "#ranking-sentence"), /Geen gemeente in deze selectie/);
      const shown = await visibleText(page);
      for (const broken of [/De 0 gemeenten/, /: \./, /– procentpunt/, /R² = –/, /n = 0\b/, /No results/])
        assert.doesNotMatch(shown, broken);
      await page.screenshot({path: screenshotPath("states-ondermijning-empty"), fullPage: true});
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("weight 99 is refused next to its box, 2,5 is accepted", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/ondermijning`);
      await settled(page);
      const top = await page.getAttribute("#ranking-top", "data-code");
      await page.fill("#weight-hennepkwekerijen", "99");
      await settled(page);
      assert.equal(await page.getAttribute("#weight-hennepkwekerijen", "aria-invalid"), "true");
      assert.match(
        await text(page, "#weight-error-hennepkwekerijen"),
        /99 kan niet: een gewicht loopt van 0 tot en met 5\. De index rekent met 1\./,
      );
      assert.ok(await page.isChecked("#ind-hennepkwekerijen"), "the indicator stays ticked");
      assert.equal(await page.getAttribute("#ranking-top", "data-code"), top, "the index still uses the last weight");

      await page.fill("#weight-hennepkwekerijen", "2,5");
      await settled(page);
      assert.equal(await page.getAttribute("#weight-hennepkwekerijen", "aria-invalid"), "false");
      assert.equal(await text(page, "#weight-error-hennepkwekerijen"), "");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("w_hennepkwekerijen") === "2.5", null, {
        timeout: TIMEOUT,
      });
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("a slow query: the outputs that will change show they are recomputing until the answer arrives", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.addInitScript(installDuckDBGate);
      await page.goto(`${site.origin}/`);
      await settled(page);
      const chartBefore = await page.$eval("#class-chart", (el) => el.textContent);
      const mapBefore = await page.$("#home-map");
      await page.evaluate(() => window.__duckdbGate.hold());
      // One gemeente: Home adds up its classes without a query, but its own buurt map asks DuckDB.
      const select = "fieldset.region-filter > .region-filter-field:nth-of-type(3) select";
      const gemeente = await page.$eval(select, (s) => [...s.options].find((o) => o.value !== s.value).value);
      await page.selectOption(select, gemeente);

      // While DuckDB is held, the map is marked, with a Dutch status; the class chart is already the gemeente's.
      await page.waitForFunction(
        () => document.querySelector("#home-map")?.closest("[data-pending]")?.getAttribute("aria-busy") === "true",
        null,
        {timeout: TIMEOUT},
      );
      const status = await page.$eval("#home-map", (el) => el.closest("[data-pending]").dataset.pending);
      assert.equal(status, "Bijwerken…");
      const shown = await page.$eval(
        "#home-map",
        (el) => getComputedStyle(el.closest("[data-pending]"), "::before").content,
      );
      assert.equal(shown, '"Bijwerken…"');
      assert.ok(await mapBefore.evaluate((el) => el.isConnected), "still the old map, marked");
      await page.waitForFunction(
        (before) => document.querySelector("#class-chart")?.textContent !== before,
        chartBefore,
      );
      assert.equal(
        await page.$eval("#class-chart", (el) => el.closest("[data-pending]")),
        null,
        "the class chart, answered without DuckDB, is not marked",
      );

      await page.evaluate(() => window.__duckdbGate.release());
      await settled(page);
      assert.equal(await page.$("[data-pending]"), null, "nothing stays marked");
      assert.equal(await mapBefore.evaluate((el) => el.isConnected), false, "the gemeente's own map");
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
