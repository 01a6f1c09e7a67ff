// Run by site-build.ts against a site built from the fixture publisher: every page says
// "Officiële bronnen", never the Demoland warning, and the methods page lists sources and joins.
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
