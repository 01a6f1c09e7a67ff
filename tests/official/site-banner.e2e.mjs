// Run by site-build.ts against a site built from the fixture publisher: every page says
// "Officiële bronnen", never the Demoland warning, and the methods page lists sources and joins;
// every year control offers exactly the years the fixture data has (FIXTURE_YEARS from site-build.ts).
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {builtPages, screenshotPath, settled, startSite} from "../e2e/setup.mjs";

describe("official data banner", () => {
  let site;
  before(async () => (site = await startSite()));
  after(async () => site?.close());

  for (const path of builtPages()) {
    it(`${path} shows the official banner and renders without errors`, async () => {
      const {page, context, log} = await site.open();
      try {
        await page.goto(site.origin + path);
        await settled(page);
        await page.screenshot({
          path: screenshotPath(`official${path === "/" ? "-home" : path.replaceAll("/", "-")}`),
          fullPage: true,
        });
        const banner = await page.$eval(".banner", (el) => ({
          cls: el.className,
          text: el.textContent.replace(/\s+/g, " "),
        }));
        assert.match(banner.cls, /banner--official/);
        assert.match(banner.text, /Officiële bronnen\./);
        assert.match(banner.text, /CBS 84799NED/);
        assert.equal(await page.$(".banner--demo"), null);
        const errors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent));
        assert.deepEqual(errors, [], `cells failed on ${path}`);
        assert.deepEqual(log.pageErrors, [], `page errors on ${path}`);
        assert.deepEqual(log.external, [], `requests outside the site from ${path}`);
        if (path === "/methoden") {
          const text = await page.textContent("main");
          assert.match(text, /Leefbaarometer 3\.0, meting 2022/);
          assert.match(text, /gebieden 2020 \(buurt\) zonder SES-WOA/);
          // Coverage per level: crime per gemeente has no buurten; 81877NED lists police regions.
          assert.match(text, /gebieden 2020 \(buurt\) zonder drugshandel \(83648NED\)\s*niet geleverd/);
          assert.match(text, /PD 2, BT 1/);
          assert.match(text, /Betrouwbaarheidsregel: gepubliceerd door CBS/);
        }
        if (path === "/ondermijning") {
          // 81877NED has no respondents: the published rule is in force, said, and used.
          const rule = await page.$eval("#reliability-rule", (el) => ({rule: el.dataset.rule, text: el.textContent}));
          assert.equal(rule.rule, "published");
          assert.match(rule.text, /gepubliceerd door CBS\. CBS 81877NED geeft geen aantallen respondenten/);
          assert.ok(await page.$eval("#min-respondents input[type=range]", (el) => el.disabled));
          // GM9901 and GM9902 are published; the indicators the fixture lacks start unchecked.
          const analysed = await page.$eval("#analysis-summary", (el) => Number(el.dataset.analysed));
          assert.equal(analysed, 2, "gemeenten with a published estimate are analysed");
          assert.equal(await page.isChecked("#ind-hennepkwekerijen"), false);
          assert.match(await page.textContent("main"), /niet in deze gegevens/);
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe("official data years", () => {
  // The fixture's years, passed by site-build.ts: LBM from tests/official/fixtures (2014, 2018,
  // 2020, 2022), SES-WOA and safety from the years the fixture sources are configured to keep.
  const expected = JSON.parse(process.env.FIXTURE_YEARS ?? "null");
  const asText = (years) => years.map(String);
  let site;
  before(async () => (site = await startSite()));
  after(async () => site?.close());

  async function options(path, ids) {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + path);
      await settled(page);
      const out = {};
      for (const id of ids) out[id] = await page.$$eval(`#${id} select option`, (os) => os.map((o) => o.textContent));
      const values = {};
      for (const id of ids) values[id] = await page.$eval(`#${id} select`, (s) => s.selectedOptions[0]?.textContent);
      assert.deepEqual(log.pageErrors, [], `page errors on ${path}`);
      return {options: out, values, url: new URL(page.url())};
    } finally {
      await context.close();
    }
  }

  it("knows the fixture's years", () => assert.ok(expected?.lbm?.length, "FIXTURE_YEARS is set by site-build.ts"));

  it("Home offers the fixture's LBM years and starts at 2020", async () => {
    const {options: o, values} = await options("/", ["home-year"]);
    assert.deepEqual(o["home-year"], asText(expected.lbm));
    assert.equal(values["home-year"], "2020");
  });

  it("a ?jaar= the data lacks falls back to the default and leaves the URL; one it has is kept", async () => {
    const absent = [2002, 2008, 2012, 2016].find((y) => !expected.lbm.includes(y));
    const missing = await options(`/?jaar=${absent}`, ["home-year"]);
    assert.equal(missing.values["home-year"], "2020");
    assert.equal(missing.url.searchParams.has("jaar"), false);
    const present = await options("/?jaar=2018", ["home-year"]);
    assert.equal(present.values["home-year"], "2018");
    assert.equal(present.url.searchParams.get("jaar"), "2018");
  });

  it("Stijgers en dalers offers them as base and end year", async () => {
    const {options: o, values} = await options("/stijgers-en-dalers", ["ctl-base-year", "ctl-end-year"]);
    assert.deepEqual(o["ctl-base-year"], asText(expected.lbm));
    assert.deepEqual(o["ctl-end-year"], asText(expected.lbm));
    assert.deepEqual(values, {"ctl-base-year": "2014", "ctl-end-year": "2020"});
  });

  it("Sociale ongelijkheid offers the LBM and the SES-WOA years", async () => {
    const {options: o} = await options("/sociale-ongelijkheid", ["ses-lbm-year", "ses-ses-year"]);
    assert.deepEqual(o["ses-lbm-year"], asText(expected.lbm));
    assert.deepEqual(o["ses-ses-year"], asText(expected.ses));
  });

  it("Methoden lists the years of each table", async () => {
    const {page, context} = await site.open();
    try {
      await page.goto(`${site.origin}/methoden`);
      await settled(page);
      const text = (await page.textContent("main")).replace(/\s+/g, " ");
      for (const table of ["lbm", "ses", "safety"])
        assert.ok(
          text.includes(`Beschikbare jaren in deze gegevens: ${expected[table].join(", ")}.`),
          `${table} years on /methoden`,
        );
    } finally {
      await context.close();
    }
  });
});
