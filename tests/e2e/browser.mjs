// Debian Chromium through playwright-core, with every request and console error recorded.
import {chromium} from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({executablePath: CHROMIUM, args: ARGS});
}

/** A page that records console errors, page errors and requests leaving `origin`. */
export async function openPage(browser, origin, {width = 1280, height = 900} = {}) {
  const context = await browser.newContext({viewport: {width, height}});
  const page = await context.newPage();
  const log = {consoleErrors: [], pageErrors: [], external: [], requests: [], failed: []};
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  // Route everything so a request outside the site is recorded and never leaves the machine.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    log.external.push(url);
    return route.abort();
  });
  page.on("requestfailed", (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  return {page, context, log};
}
