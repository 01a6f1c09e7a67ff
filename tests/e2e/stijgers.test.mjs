// Stijgers en dalers end to end: the riser count on the page follows the base year and the riser
// definition, and equals an independent DuckDB query on the same parquet files (written out
// here by hand, not with the page's SQL builders); a URL with parameters restores the view.
import assert from "node:assert/strict";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {DIST, assertClean, screenshotPath, settled, startSite} from "./setup.mjs";

const PATH = "/stijgers-en-dalers";
const TIMEOUT = 60_000;

function parquet(table) {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${table}\\.[0-9a-f]+\\.parquet$`).test(f));
  assert.ok(file, `${dir} has no ${table}.*.parquet`);
  return join(dir, file);
}

// An area counts when it has a class, afw and all five dimension scores in both years and is in the areas table.
const complete = (alias) =>
  ["lbm_class", "afw", "won", "fys", "vrz", "soc", "onv"].map((c) => `${alias}.${c} IS NOT NULL`).join(" AND ");

/** Risers among buurten starting in `classes`: `end` is the SQL condition on s (start) and e (end). */
async function countRisers(
  conn,
  {base, end = 2020, classes = [1, 2, 3, 4], rule = "e.lbm_class >= 5 AND e.lbm_class > s.lbm_class", level = "buurt"},
) {
  const reader = await conn.runAndReadAll(`
    SELECT count(*) AS n
    FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.level = s.level
    WHERE s.level = '${level}' AND s.year = ${base} AND e.year = ${end}
      AND s.code IN (SELECT code FROM areas)
      AND ${complete("s")} AND ${complete("e")}
      AND s.lbm_class IN (${classes.join(", ")})
      AND ${rule}`);
  return Number(reader.getRowObjects()[0].n);
}

/** The dimension with the largest mean gain among risers from `classes` (default definition). */
async function dominantOfRisers(conn, classes) {
  const dims = ["won", "fys", "vrz", "soc", "onv"];
  const reader = await conn.runAndReadAll(`
    SELECT ${dims.map((d) => `avg(e.${d} - s.${d}) AS ${d}`).join(", ")}
    FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.level = s.level
    WHERE s.level = 'buurt' AND s.year = 2014 AND e.year = 2020 AND s.code IN (SELECT code FROM areas)
      AND ${complete("s")} AND ${complete("e")}
      AND s.lbm_class IN (${classes.join(", ")}) AND e.lbm_class >= 5`);
  const row = reader.getRowObjects()[0];
  return dims.reduce((best, d) => (Number(row[d]) > Number(row[best]) ? d : best), dims[0]);
}

async function riserCount(page) {
  return Number(await page.$eval("#riser-count", (el) => el.dataset.value));
}

async function waitForCount(page, selector, expected) {
  await page
    .waitForFunction(([s, v]) => document.querySelector(s)?.dataset.value === String(v), [selector, expected], {
      timeout: TIMEOUT,
    })
    .catch(() => {});
}

async function ready(page) {
  await settled(page);
  await page.waitForSelector("#riser-count", {timeout: TIMEOUT});
  await page.waitForSelector("#transition-map[data-updated]", {timeout: TIMEOUT});
}

describe("Stijgers en dalers", () => {
  let site;
  let conn;
  before(async () => {
    site = await startSite();
    conn = await (await DuckDBInstance.create(":memory:")).connect();
    await conn.run(`CREATE TABLE lbm AS SELECT * FROM read_parquet('${parquet("lbm")}')`);
    await conn.run(`CREATE TABLE areas AS SELECT * FROM read_parquet('${parquet("areas")}')`);
  });
  after(async () => site?.close());

  it("shows the riser count of an independent query, and follows base year and riser definition", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await ready(page);
      assert.equal(
        await riserCount(page),
        await countRisers(conn, {base: 2014}),
        "default: 2014 → 2020, zwak or lower → voldoende+",
      );

      const base2012 = await countRisers(conn, {base: 2012});
      assert.notEqual(base2012, await riserCount(page), "pick a change that moves the count");
      await page.selectOption("#ctl-base-year select", {label: "2012"});
      await waitForCount(page, "#riser-count", base2012);
      assert.equal(await riserCount(page), base2012, "base year 2012");

      const gain = await countRisers(conn, {base: 2012, rule: "e.lbm_class - s.lbm_class >= 3"});
      await page.locator("#ctl-riser-mode label", {hasText: "stijgt minstens"}).click();
      await page.selectOption("#ctl-riser-k select", {label: "3"});
      await waitForCount(page, "#riser-count", gain);
      assert.equal(await riserCount(page), gain, "riser = at least 3 classes up");

      const threshold = await countRisers(conn, {
        base: 2012,
        classes: [3, 4],
        rule: "e.lbm_class >= 6 AND e.lbm_class > s.lbm_class",
      });
      await page.locator("#ctl-riser-mode label", {hasText: "haalt een eindklasse"}).click();
      await page.selectOption("#ctl-riser-min select", {label: "6 ruim voldoende"});
      await page.locator("#ctl-start label", {hasText: "zeer onvoldoende"}).click();
      await page.locator("#ctl-start label", {hasText: "ruim onvoldoende"}).click();
      await waitForCount(page, "#riser-count", threshold);
      assert.equal(await riserCount(page), threshold, "start classes onvoldoende/zwak, end class ruim voldoende+");

      const url = new URL(page.url());
      assert.equal(url.searchParams.get("basisjaar"), "2012");
      assert.equal(url.searchParams.get("drempel"), "6");
      assert.equal(url.searchParams.get("start"), "3,4");
      await page.screenshot({path: screenshotPath("stijgers-changed"), fullPage: true});
      assertClean(log, "while changing controls");
    } finally {
      await context.close();
    }
  });

  it("sets the risers beside what the start score alone predicts, with intervals on the shares per region", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await ready(page);
      // Written independently of src/lib/stijgers: the national shift and the regression of the change on the start score.
      const reader = await conn.runAndReadAll(`
        SELECT avg(e.afw - s.afw) AS shift, corr(e.afw - s.afw, s.afw) AS r
        FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.level = s.level
        WHERE s.level = 'buurt' AND s.year = 2014 AND e.year = 2020 AND s.code IN (SELECT code FROM areas)
          AND ${complete("s")} AND ${complete("e")}`);
      const {shift, r} = reader.getRowObjects()[0];
      const rtm = await page.$eval("#stijgers-rtm", (el) => ({...el.dataset, text: el.textContent}));
      assert.ok(Math.abs(Number(rtm.shift) - Number(shift)) < 1e-9, `national shift ${rtm.shift} vs ${shift}`);
      assert.ok(Number(r) < 0, "a low start goes with a larger rise");
      assert.ok(Number(rtm.expectedRisers) > 0 && Number(rtm.expectedRisers) < (await riserCount(page)) * 5);
      assert.match(rtm.text.replace(/\s+/g, " "), /regressie naar het gemiddelde/);
      assert.match(await page.$eval("#breakdown-chart", (el) => el.closest("div, main").textContent), /Wilson/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  for (const [width, query] of [
    [1280, ""],
    [390, ""],
    [1280, "?basisjaar=2008&eindjaar=2022&start=1%2C2"],
    [390, "?basisjaar=2016&weging=inhabitants"],
  ])
    it(`draws every flow class as a bar with its own label beside it at ${width} px ${query}`, async () => {
      const {page, context, log} = await site.open({width, height: 900});
      try {
        await page.goto(`${site.origin}${PATH}${query}`);
        await ready(page);
        const flow = page.locator("#transition-flow [role=img]");
        await flow.scrollIntoViewIfNeeded();
        const drawn = await flow.evaluate((chart) => {
          const box = (e) => {
            const r = e.getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent};
          };
          return {
            bars: [...chart.querySelectorAll(".flow-node rect")].map(box),
            labels: [...chart.querySelectorAll(".flow-label text")].map(box),
            screen: document.documentElement.clientWidth,
            label: chart.getAttribute("aria-label"),
          };
        });
        await page.screenshot({path: screenshotPath(`stijgers-flow-${width}${query}`), fullPage: false});
        const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        assert.ok(drawn.bars.length >= 2 && drawn.labels.length === drawn.bars.length, "a label per class bar");
        for (const bar of drawn.bars) assert.ok(bar.bottom - bar.top >= 6, `a ${bar.bottom - bar.top} px bar`);
        for (const [i, a] of drawn.labels.entries()) {
          assert.ok(a.left >= 0 && a.right <= drawn.screen, `label "${a.text}" is on the screen`);
          for (const b of drawn.labels.slice(i + 1)) assert.ok(!meets(a, b), `"${a.text}" overlaps "${b.text}"`);
          for (const bar of drawn.bars) assert.ok(!meets(a, bar), `"${a.text}" is drawn over a bar`);
        }
        // The counts of the labels are in the text alternative too.
        for (const text of drawn.labels.map((l) => l.text))
          assert.ok(
            drawn.label.includes(text.replace(/^(\d+ [^\d]+?)(\d)/, "$1: $2")),
            `"${text}" in the text alternative`,
          );
        assertClean(log, `flow chart ${width} ${query}`);
      } finally {
        await context.close();
      }
    });

  it("restores the view from a URL with parameters", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}${PATH}?basisjaar=2008&eindjaar=2018&stijger=gain&k=2&weging=inhabitants`);
      await ready(page);
      const expected = await countRisers(conn, {base: 2008, end: 2018, rule: "e.lbm_class - s.lbm_class >= 2"});
      await waitForCount(page, "#riser-count", expected);
      assert.equal(await riserCount(page), expected);
      assert.equal(await page.$eval("#ctl-base-year select", (s) => s.selectedOptions[0].textContent), "2008");
      assert.equal(await page.$eval("#ctl-end-year select", (s) => s.selectedOptions[0].textContent), "2018");
      assert.equal(await page.$eval("#ctl-riser-k select", (s) => s.selectedOptions[0].textContent), "2");
      assert.equal(
        await page.$eval("#ctl-riser-mode input:checked", (i) => i.parentElement.textContent.trim()),
        "stijgt minstens k klassen",
      );
      assert.equal(
        await page.$eval("#ctl-weight input:checked", (i) => i.parentElement.textContent.trim()),
        "naar inwoners",
      );
      assert.match(await page.$eval("#decomposition-chart figcaption", (f) => f.textContent), /gewogen naar inwoners/);
      assertClean(log, "on a restored view");
    } finally {
      await context.close();
    }
  });

  it("states the main driver of each group as computed from the data", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await ready(page);
      const dominant = (id) => page.$eval(`#findings [data-finding="${id}"]`, (li) => li.dataset.dominant);
      assert.equal(await dominant("risers-weak"), await dominantOfRisers(conn, [3, 4]));
      assert.equal(await dominant("risers-lowest"), await dominantOfRisers(conn, [1]));
      const text = await page.$eval("#findings", (el) => el.textContent.replace(/\s+/g, " "));
      assert.match(
        text,
        /Bij stijgers uit zwak of onvoldoende \([\d.]+ buurten\) steeg afw gemiddeld met \+\d,\d{3}; \S.* droeg het meest bij/,
      );
      assert.match(text, /Landelijk \([\d.]+ buurten\)/);
      // The numbers come from the JS engine; the Methode disclosure must say so and not claim DuckDB ran the SQL.
      const methodeText = await page.$eval("details.methode", (el) => el.textContent.replace(/\s+/g, " "));
      assert.match(
        methodeText,
        /rekenmodule in JavaScript \(src\/lib\/stijgers\/engine\.js\) in uw browser uit, niet de query's hieronder/,
      );
      await page.screenshot({path: screenshotPath("stijgers"), fullPage: true});
      assertClean(log, "on the default view");
    } finally {
      await context.close();
    }
  });

  it("says why when the years cannot be used, without a failing cell", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}${PATH}?basisjaar=2020&eindjaar=2014`);
      await page.waitForSelector("#definition-error", {timeout: TIMEOUT});
      assert.match(
        await page.$eval("#definition-error", (el) => el.textContent),
        /eindjaar \(2014\) moet na het basisjaar \(2020\)/,
      );
      await settled(page);
      assert.deepEqual(await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent)), []);
      assertClean(log, "with impossible years");
    } finally {
      await context.close();
    }
  });
});
