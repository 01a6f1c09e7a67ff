// Every built page: renders, logs no console error, makes no request outside the site, passes axe.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {after, before, describe, it} from "node:test";
import {builtPages, screenshotPath, settled, startSite} from "./setup.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

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
      } finally {
        await context.close();
      }
    });

    it(`${path} has no serious accessibility violations (axe, WCAG 2.1 AA)`, async () => {
      const {page, context} = await site.open();
      try {
        await page.goto(site.origin + path);
        await settled(page);
        await page.addScriptTag({content: AXE});
        const violations = await page.evaluate(async () => {
          // @ts-ignore axe is injected above
          const result = await window.axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
          });
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(" "))
                  .join(" | ")}`,
            );
        });
        assert.deepEqual(violations, [], `axe violations on ${path}`);
      } finally {
        await context.close();
      }
    });
  }
});
