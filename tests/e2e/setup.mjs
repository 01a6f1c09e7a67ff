// Shared by the end-to-end files: serve dist/ on loopback, one Chromium, screenshots outside the repo.
import assert from "node:assert/strict";
import {existsSync, mkdirSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {launch, openPage} from "./browser.mjs";
import {serve} from "./serve.mjs";

export const DIST = process.env.DIST_DIR ?? "dist";
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? "/tmp/lbm-e2e-screenshots";
export const TIMEOUT = 60_000;

export function builtPages() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html is missing: run "npm run build" first`);
  return readdirSync(DIST)
    .filter((f) => f.endsWith(".html") && f !== "404.html")
    .map((f) => (f === "index.html" ? "/" : `/${f.replace(/\.html$/, "")}`))
    .sort();
}

export async function startSite() {
  const server = await serve(DIST);
  const browser = await launch();
  mkdirSync(SCREENSHOTS, {recursive: true});
  return {
    origin: server.origin,
    open: (options) => openPage(browser, server.origin, options),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Resolves when the page has finished its work: loaded, network quiet, no cell pending
 * (<observablehq-loading>) and no DOM change for `quietMs`. DuckDB work makes no requests, so
 * the DOM going quiet is the signal that every cell has displayed its result.
 */
export async function settled(page, {timeout = TIMEOUT, quietMs = 600} = {}) {
  await page.waitForLoadState("networkidle", {timeout});
  await page.evaluate(
    ({quietMs, timeout}) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`page did not settle within ${timeout} ms`)), timeout);
        let timer;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (document.querySelector("observablehq-loading")) return arm();
            observer.disconnect();
            clearTimeout(deadline);
            resolve();
          }, quietMs);
        };
        const observer = new MutationObserver(arm);
        observer.observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
        arm();
      }),
    {quietMs, timeout},
  );
}

export const screenshotPath = (name) => join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, "_") || "index"}.png`);

/** No page error, no console error and no request outside the site, for the page behind `log`. */
export function assertClean(log, what = "") {
  assert.deepEqual(log.pageErrors, [], `page errors ${what}`);
  assert.deepEqual(log.consoleErrors, [], `console errors ${what}`);
  assert.deepEqual(log.external, [], `requests outside the site ${what}`);
}
