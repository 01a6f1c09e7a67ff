// Every built page: renders, logs no console error, makes no request outside the site, passes axe.
import assert from "node:assert/strict";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {builtPages, DIST, screenshotPath, settled, startSite} from "./setup.mjs";
import {axeViolations} from "./axe.mjs";

const VERSION = JSON.parse(readFileSync("package.json", "utf8")).version;
const DATA = join(DIST, "_file", "data");
const PROVENANCE = readdirSync(DATA).find((f) => /^provenance\.[0-9a-f]+\.json$/.test(f));
const DATASET_ID = JSON.parse(readFileSync(join(DATA, PROVENANCE), "utf8")).dataset.id;

describe("every page", () => {
  let site;
  before(async () => (site = await startSite()));
  after(async () => site?.close());

  for (const path of builtPages()) {
    it(`${path} renders without errors or external requests`, async () => {
      const {page, context, log} = await site.open();
      try {
        await page.goto(site.origin + path);
        await settled(page);
        await page.screenshot({path: screenshotPath(path), fullPage: true});
        const errors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent));
        assert.deepEqual(errors, [], `cells failed on ${path}`);
        assert.deepEqual(log.pageErrors, [], `page errors on ${path}`);
        assert.deepEqual(log.consoleErrors, [], `console errors on ${path}`);
        assert.deepEqual(log.external, [], `requests outside the site from ${path}`);
        assert.ok(log.requests.length > 0, "the request recorder saw nothing, so it is not working");
        const footer = await page.$eval("#observablehq-footer", (f) => ({
          version: f.querySelector(".site-version")?.textContent,
          dataset: f.querySelector(".dataset-id")?.textContent,
          built: f.querySelector("time")?.getAttribute("datetime"),
          licence: f.querySelector('a[href*="methoden#broncode-licenties-en-citeren"]') !== null,
        }));
        assert.deepEqual(
          {...footer, built: /^\d{4}-\d\d-\d\d$/.test(footer.built ?? "")},
          {version: VERSION, dataset: DATASET_ID, built: true, licence: true},
          `footer of ${path}`,
        );
      } finally {
        await context.close();
      }
    });

    it(`${path} has no serious accessibility violations (axe, WCAG 2.1 AA)`, async () => {
      const {page, context} = await site.open();
      try {
        await page.goto(site.origin + path);
        await settled(page);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe violations on ${path}`);
      } finally {
        await context.close();
      }
    });
  }
});
