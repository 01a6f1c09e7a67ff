// Shared by the end-to-end files: serve dist/ on loopback, one Chromium, screenshots outside the repo.
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

/** Resolves when no cell is pending any more (Framework shows <observablehq-loading> meanwhile). */
export async function settled(page, {timeout = TIMEOUT} = {}) {
  await page.waitForLoadState("load", {timeout});
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0 && document.querySelector("#observablehq-main"), null, {timeout});
  await page.waitForTimeout(150);
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, {timeout});
}

export const screenshotPath = (name) => join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, "_") || "index"}.png`);
