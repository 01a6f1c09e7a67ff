// Mijn gemeente reist mee: a gemeente chosen on Home is carried by the sidebar and card links and
// is selected on the next page; the Home map then shows that gemeente's buurten; nothing is stored
// on the device unless the reader asks, and "Wis gemeente" clears it. Counts come from node DuckDB.
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {builtData} from "./parquet.mjs";
import {assertClean, screenshotPath, settled, startSite} from "./setup.mjs";

const STORAGE_KEY = "lbm-mijn-regio";
// The region filter's selects in field order: provincie, COROP, gemeente, size class, stedelijkheid.
const GEMEENTE_SELECT = "fieldset.region-filter .region-filter-field:nth-child(4) select";
const selectedText = (page, selector) => page.$eval(selector, (s) => s.options[s.selectedIndex]?.textContent ?? "");
// The "Mijn gemeente" bar names the gemeente as soon as the page's data has loaded.
const barNames = (page, gemeente) =>
  page.waitForFunction(
    (text) => document.querySelector(".carry-region-text")?.textContent.includes(text),
    `Gemeente ${gemeente.name} (${gemeente.code})`,
  );

describe("the chosen gemeente travels", () => {
  let site, data, gemeente;
  before(async () => {
    site = await startSite();
    data = await builtData();
    // The gemeente with the most buurten (its map differs most from a single shape).
    [gemeente] = await data.rows(
      `SELECT g.code, g.name, count(*) AS buurten FROM areas g JOIN areas b ON b.gemeente_code = g.code AND b.level = 'buurt'
       WHERE g.level = 'gemeente' GROUP BY g.code, g.name ORDER BY buurten DESC, g.code LIMIT 1`,
    );
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  it("chosen on Home: the map shows its buurten, and sidebar and card links carry it", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/`);
      await settled(page, {timeout: 180_000});
      await page.selectOption(GEMEENTE_SELECT, {label: gemeente.name});
      await page.waitForFunction(
        (code) => new URLSearchParams(location.search).get("gemeente") === code,
        gemeente.code,
      );
      // Its buurten need DuckDB (not in the first view): wait for the map itself, not for a quiet page.
      await page.waitForSelector("#home-map[data-level=buurt]", {state: "attached", timeout: 180_000});
      await settled(page, {timeout: 180_000});
      assert.equal(await page.$eval("#home-map", (m) => Number(m.dataset.areas)), gemeente.buurten);
      await barNames(page, gemeente);
      await page.screenshot({path: screenshotPath("travels-home-gemeente"), fullPage: true});
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null, "nothing stored unasked");

      // Sidebar link → Stijgers en dalers with the gemeente selected.
      await Promise.all([
        page.waitForURL(/stijgers-en-dalers/),
        page.click('#observablehq-sidebar a[href*="stijgers-en-dalers"]'),
      ]);
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), gemeente.code);
      await settled(page, {timeout: 180_000});
      assert.equal(await selectedText(page, GEMEENTE_SELECT), gemeente.name);

      // Back to Home, a card link → Sociale ongelijkheid with the gemeente selected.
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/"),
        page.click(
          '#observablehq-sidebar a[href="./"], #observablehq-sidebar a[href^="/?"], #observablehq-sidebar a[href="/"]',
        ),
      ]);
      await settled(page, {timeout: 180_000});
      await Promise.all([page.waitForURL(/sociale-ongelijkheid/), page.click('.card a[href*="sociale-ongelijkheid"]')]);
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), gemeente.code);
      await settled(page, {timeout: 180_000});
      assert.equal(await selectedText(page, GEMEENTE_SELECT), gemeente.name);

      // Ondermijning has its own gemeente field; the scenario page too.
      await Promise.all([page.waitForURL(/ondermijning/), page.click('#observablehq-sidebar a[href*="ondermijning"]')]);
      await settled(page, {timeout: 180_000});
      assert.match(await selectedText(page, "#ondermijning-gemeente select"), new RegExp(gemeente.code));
      assert.ok(await page.$(`#ondermijning-gemeente-card[data-code="${gemeente.code}"]`));
      await Promise.all([
        page.waitForURL(/wat-is-er-nodig/),
        page.click('#observablehq-sidebar a[href*="wat-is-er-nodig"]'),
      ]);
      await settled(page, {timeout: 180_000});
      assert.equal(await page.$eval("#scenario-gemeente input[role=combobox]", (el) => el.value), gemeente.name);
      await barNames(page, gemeente);
      // A page that reads no region gets none.
      assert.equal(new URL(await page.$eval('#observablehq-sidebar a[href*="methoden"]', (a) => a.href)).search, "");
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  it("remembered only when asked; Wis gemeente clears URL and device", async () => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(`${site.origin}/wat-is-er-nodig?gemeente=${gemeente.code}`);
      await settled(page, {timeout: 180_000});
      await barNames(page, gemeente);
      await page.check("#carry-region-remember");
      assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)), [
        ["gemeente", gemeente.code],
      ]);
      // A fresh visit without the gemeente in the URL gets the remembered one; the URL still wins over it.
      await page.goto(`${site.origin}/stijgers-en-dalers`);
      await settled(page, {timeout: 180_000});
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), gemeente.code);
      assert.equal(await selectedText(page, GEMEENTE_SELECT), gemeente.name);
      await Promise.all([page.waitForURL((u) => !u.searchParams.has("gemeente")), page.click("#carry-region-clear")]);
      await settled(page, {timeout: 180_000});
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null);
      await page.reload();
      await settled(page, {timeout: 180_000});
      assert.equal(new URL(page.url()).searchParams.get("gemeente"), null);
      assert.equal(await selectedText(page, GEMEENTE_SELECT), "Alle gemeenten");
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
