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
  if (!existsSync(join(DIST, "index.html")))
    throw new Error(`${DIST}/index.html is missing: run "npm run build" first`);
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
 * Resolves when the page has finished its work: loaded, network quiet, no cell waiting for its
 * first value (<observablehq-loading>), no query, background computation or held-back cell under
 * way (<main aria-busy>, see src/lib/activity.js), and the DOM unchanged over two animation
 * frames after that, so that cells the runtime starts next have begun. Conditions only: on a
 * loaded machine it simply takes longer.
 */
export async function settled(page, {timeout = TIMEOUT} = {}) {
  await page.waitForLoadState("networkidle", {timeout});
  await page.evaluate(
    (timeout) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + timeout;
        const frame = () => new Promise((next) => requestAnimationFrame(next));
        const idle = () => !document.querySelector("observablehq-loading, [aria-busy=true]");
        (async () => {
          while (performance.now() < deadline) {
            if (!idle()) {
              await frame();
              continue;
            }
            let changed = false;
            const observer = new MutationObserver(() => (changed = true));
            observer.observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
            await frame();
            await frame();
            observer.disconnect();
            if (!changed && idle()) return resolve();
          }
          const busy = [...document.querySelectorAll("observablehq-loading, [aria-busy=true]")].map(
            (e) => e.id || e.tagName,
          );
          reject(
            new Error(`page did not settle within ${timeout} ms (still busy: ${busy.join(", ") || "DOM changing"})`),
          );
        })();
      }),
    timeout,
  );
}

export const screenshotPath = (name) => join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, "_") || "index"}.png`);

/** No page error, no console error and no request outside the site, for the page behind `log`. */
export function assertClean(log, what = "") {
  assert.deepEqual(log.pageErrors, [], `page errors ${what}`);
  assert.deepEqual(log.consoleErrors, [], `console errors ${what}`);
  assert.deepEqual(log.external, [], `requests outside the site ${what}`);
}
