// What a reader takes away, in Chromium on the built site: every page writes numbers the Dutch way
// (text, tables, selects and chart ticks), prints on A4 with the whole ranking, lets a phone zoom,
// and explains its technical terms on keyboard focus.
import assert from "node:assert/strict";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {axeViolations} from "./axe.mjs";
import {builtData} from "./parquet.mjs";
import {DIST, builtPages, settled, startSite, TIMEOUT} from "./setup.mjs";

const parquet = (table) => {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${table}\\.[0-9a-f]+\\.parquet$`).test(f));
  if (!file) throw new Error(`${table} parquet missing in ${dir}`);
  return join(dir, file).replaceAll("'", "''");
};

/**
 * Text a reader sees, with what the page shows as code (SQL, file names in <code>) and addresses
 * left out; SVG tick labels and select options are text nodes too, so they are included.
 */
function visibleTexts() {
  const skip = "script, style, code, pre, textarea, .cm-editor, #term-definitions";
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || parent.closest(skip) || !node.data.trim()) continue;
    texts.push(node.data.trim());
  }
  // Number boxes the reader sees (a browser writes <input type=number> in its own locale).
  for (const input of document.querySelectorAll("form input[type=number], form input[inputmode=decimal]"))
    if (input.checkVisibility() && input.value) texts.push(input.value);
  return texts;
}

/** English-style numbers in a text, after removing addresses, version numbers and ISO dates. */
export function englishNumbers(text) {
  const cleaned = text
    .replace(/\bhttps?:\/\/\S+/g, "")
    .replace(/\b[\w.-]+\.(parquet|json|csv|zip|png|svg|ts|js|md)\b/g, "")
    .replace(/\b\d+(\.\d+){2,}\b/g, "")
    // Names that carry a version: Leefbaarometer 3.0, CC BY 4.0, CC0 1.0, EUPL-1.2.
    .replace(/\b(Leefbaarometer|CC BY|CC0|EUPL-|Licence)\s?\d+\.\d+\b/g, "")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, "");
  const found = [];
  // 1,234 or 12,345,678: grouping with commas (a Dutch decimal has a leading 0 or fewer/more digits).
  for (const m of cleaned.matchAll(/(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g)) found.push(m[0]);
  // 0.5, −0.8, 4.12, 0.0001: a decimal point (a Dutch thousands dot is followed by exactly three digits).
  for (const m of cleaned.matchAll(/(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])/g)) found.push(m[0]);
  // "1,294 results", "No results."
  for (const m of cleaned.matchAll(/\b(?:No results|\d[\d.,]* results?)\b/g)) found.push(m[0]);
  // A hyphen-minus in front of a number where a minus sign belongs ("-0,004").
  for (const m of cleaned.matchAll(/(?<=^|[\s(:=])-\d[\d.,]*/g)) found.push(m[0]);
  return found;
}

describe("Dutch formats, print, phone and help", () => {
  let site;
  before(async () => (site = await startSite()));
  after(async () => site?.close());

  it("the detector itself: finds English numbers and passes Dutch ones", () => {
    assert.deepEqual(englishNumbers("2,020 en 1,294 results; −0.8 en 0.25; -0,004"), [
      "2,020",
      "1,294",
      "0.8",
      "0.25",
      "1,294 results",
      "-0,004",
    ]);
    assert.deepEqual(
      englishNumbers(
        "2020, 1.294 resultaten, 12.036 buurten, 0,615, −0,8, 50.000–100.000, versie 0.9.0, 2026-12-01, Leefbaarometer 3.0, CC BY 4.0, EUPL-1.2",
      ),
      [],
    );
  });

  for (const path of builtPages())
    it(
      `${path} writes every number the Dutch way (text, tables, selects, chart ticks)`,
      {timeout: TIMEOUT * 3},
      async () => {
        const {page, context} = await site.open();
        try {
          await page.goto(site.origin + path);
          await settled(page, {timeout: TIMEOUT * 2});
          const texts = await page.evaluate(visibleTexts);
          const english = texts.flatMap((t) => englishNumbers(t).map((n) => `${n}  ⟵  ${t.slice(0, 90)}`));
          assert.deepEqual(english, [], `English-style numbers on ${path}`);
          const viewport = await page.getAttribute('meta[name="viewport"]', "content");
          assert.doesNotMatch(viewport, /maximum-scale|user-scalable\s*=\s*no/, "pinch zoom must stay possible");
        } finally {
          await context.close();
        }
      },
    );

  it("/wat-is-er-nodig: the what-if boxes write and take a decimal comma", {timeout: TIMEOUT * 3}, async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + "/wat-is-er-nodig?won=0.05");
      await settled(page, {timeout: TIMEOUT * 2});
      const box = (id) => page.locator(`#what-if-${id} input[inputmode=decimal]`);
      const value = (id) => page.$eval(`#what-if-${id}`, (form) => form.value);
      assert.equal(await box("won").inputValue(), "0,05", "a value from the link is written with a comma");
      await box("fys").fill("-0,125");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("fys") === "-0.125");
      assert.equal(await value("fys"), -0.125);
      await box("fys").press("Tab");
      assert.equal(await box("fys").inputValue(), "-0,125");
      await box("vrz").fill("2");
      assert.equal(await value("vrz"), 0, "a value out of range is refused");
      assert.ok(await box("vrz").evaluate((b) => !b.checkValidity() && /tot/.test(b.validationMessage)));
      await page.locator("#what-if-soc input[type=range]").fill("0.1");
      assert.equal(await box("soc").inputValue(), "0,1", "the slider writes the box with a comma");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it("/ondermijning prints on A4 with every ranked gemeente and without controls", {timeout: TIMEOUT * 3}, async () => {
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    // The page's default: all six indicators, the reliable estimates of 2019 (respondents ≥ 300).
    const reader = await conn.runAndReadAll(`
      WITH s AS (SELECT * FROM read_parquet('${parquet("safety")}') WHERE level = 'gemeente' AND year = 2019),
      reliable AS (SELECT code FROM s WHERE measure = 'onveilig_buurt' AND value IS NOT NULL AND respondents >= 300)
      SELECT count(*)::INTEGER AS n FROM (
        SELECT code FROM s JOIN reliable USING (code)
        WHERE value IS NOT NULL AND measure IN ('verdachten_drugs', 'veroordeelden_drugs', 'verdachten_vermogen',
          'drugshandel', 'hennepkwekerijen', 'witwassen')
        GROUP BY code HAVING count(*) = 6)`);
    const expected = reader.getRowObjectsJS()[0].n;
    assert.ok(expected > 100, `expected a full ranking, the independent query counts ${expected}`);

    const {page, context} = await site.open({width: 794, height: 1123});
    try {
      await page.goto(site.origin + "/ondermijning");
      await settled(page, {timeout: TIMEOUT * 2});
      await page.emulateMedia({media: "print"});
      const shown = await page.evaluate(() => {
        const box = document.querySelector(".ranking-scroll").getBoundingClientRect();
        const rows = [...document.querySelectorAll("#ranking-table tbody tr")];
        const visible = rows.filter((r) => {
          const rect = r.getBoundingClientRect();
          return rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
        });
        const controls = [...document.querySelectorAll(".controls, fieldset.region-filter, .download")].filter(
          (e) => e.getBoundingClientRect().height > 0,
        );
        return {rows: rows.length, visible: visible.length, controls: controls.length};
      });
      assert.equal(shown.rows, expected, "the table has every ranked gemeente");
      assert.equal(shown.visible, expected, "every row is on paper, none behind a scroll box");
      assert.equal(shown.controls, 0, "controls are not printed");
      const pdf = await page.pdf({format: "A4"});
      assert.ok(pdf.length > 10_000, "the page prints to A4");
    } finally {
      await context.close();
    }
  });

  it(
    "/stijgers-en-dalers prints every area of its lazily drawn Inputs table, not only the rows drawn so far",
    {timeout: TIMEOUT * 3},
    async () => {
      // The page's default: buurten in zeer onvoldoende … zwak (classes 1–4) in 2014 with a class,
      // afw and all five dimensions in 2014 and 2020; every one is a riser, faller or rest row.
      const data = await builtData();
      const complete = (t) =>
        ["lbm_class", "afw", "won", "fys", "vrz", "soc", "onv"].map((c) => `${t}.${c} IS NOT NULL`);
      const expected = (
        await data.rows(`
          SELECT a.name FROM lbm AS s JOIN lbm AS e ON e.code = s.code AND e.level = s.level
          JOIN areas AS a ON a.code = s.code
          WHERE s.level = 'buurt' AND s.year = 2014 AND e.year = 2020 AND s.lbm_class IN (1, 2, 3, 4)
            AND ${[...complete("s"), ...complete("e")].join(" AND ")}`)
      ).map((r) => r.name);
      data.close();
      assert.ok(expected.length > 100, `a long table: the independent query counts ${expected.length} rows`);

      const {page, context} = await site.open({width: 794, height: 1123});
      try {
        await page.goto(site.origin + "/stijgers-en-dalers");
        await settled(page, {timeout: TIMEOUT * 2});
        const onScreen = await page.$$eval("#area-table > table:not(.table-print) tbody tr", (rows) => rows.length);
        assert.ok(onScreen < expected.length, `the screen table draws ${onScreen} rows lazily`);
        // Emulating print media fires the print media query's change event, as a real print does.
        await page.emulateMedia({media: "print"});
        await page.waitForSelector("#area-table > .table-print", {state: "attached", timeout: TIMEOUT});
        const printed = await page.$$eval("#area-table > .table-print tbody tr", (rows) =>
          rows.map((r) => ({name: r.cells[0].textContent, height: r.getBoundingClientRect().height})),
        );
        assert.equal(printed.length, expected.length, "every area is in the printed table");
        assert.deepEqual(
          printed.map((r) => r.name).sort(),
          [...expected].sort(),
          "the printed names are the query's names",
        );
        assert.deepEqual(
          printed.filter((r) => !(r.height > 0)),
          [],
          "every printed row takes room on paper",
        );
        const screenTable = await page.$eval("#area-table > table:not(.table-print)", (t) => t.getClientRects().length);
        assert.equal(screenTable, 0, "the cut screen table is not printed as well");
        const pdf = await page.pdf({format: "A4"});
        assert.ok(pdf.length > 10_000, "the page prints to A4");
        // Back on screen the copy is hidden again.
        await page.emulateMedia({media: "screen"});
        assert.equal(await page.$eval("#area-table > .table-print", (t) => t.getClientRects().length), 0);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "/ondermijning at 390 px: charts fit the screen, ticks readable, no pinch-zoom block (axe)",
    {timeout: TIMEOUT * 3},
    async () => {
      const {page, context} = await site.open({width: 390, height: 844});
      try {
        await page.goto(site.origin + "/ondermijning");
        await settled(page, {timeout: TIMEOUT * 2});
        const layout = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          charts: [...document.querySelectorAll("#observablehq-main svg[role=img]")].map((s) => ({
            width: s.getBoundingClientRect().width,
            declared: Number(s.getAttribute("width")),
          })),
        }));
        assert.ok(layout.page <= 390, `page is ${layout.page} px wide on a 390 px screen`);
        for (const chart of layout.charts.filter((c) => c.declared))
          // Laid out for the screen, not a 640 px chart shrunk (which makes 10 px text 6 px).
          assert.ok(chart.declared <= 390, `a chart is laid out ${chart.declared} px wide`);
        const violations = await axeViolations(page);
        assert.ok(!violations.some((v) => v.startsWith("meta-viewport")), violations.join("\n"));
      } finally {
        await context.close();
      }
    },
  );

  it(
    "/ondermijning explains σ on keyboard focus and sorts and searches the ranking",
    {timeout: TIMEOUT * 3},
    async () => {
      const {page, context} = await site.open();
      try {
        await page.goto(site.origin + "/ondermijning");
        await settled(page, {timeout: TIMEOUT * 2});
        const term = page.locator('.term[data-term="sigma"]').first();
        await term.focus();
        const tip = await term.evaluate((e) => ({
          after: getComputedStyle(e, "::after").content,
          described: document.getElementById(e.getAttribute("aria-describedby"))?.textContent,
        }));
        assert.match(tip.after, /standaardafwijking/);
        assert.match(tip.described, /standaardafwijking/);

        const names = () =>
          page.$$eval("#ranking-table tbody tr:not([hidden]) th", (ths) => ths.map((t) => t.textContent));
        const before = await names();
        await page.click("#ranking-table thead th:nth-child(2) button");
        const sorted = await names();
        assert.deepEqual(
          sorted,
          [...before].sort((a, b) => a.localeCompare(b, "nl", {sensitivity: "base", numeric: true})),
        );
        await page.fill(".ranking-search input", before[0].slice(0, 5));
        const found = await names();
        assert.ok(found.length >= 1 && found.length < before.length, `search left ${found.length} rows`);
        assert.ok(found.every((n) => n.toLowerCase().includes(before[0].slice(0, 5).toLowerCase())));
      } finally {
        await context.close();
      }
    },
  );
});
