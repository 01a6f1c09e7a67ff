// What readers get over a link: the built site served as a production host serves it
// (scripts/static-host.mjs: precompressed brotli/gzip, cache headers) behind a shaping proxy with
// the link's bandwidth and round trip (link.mjs), so that the page, its workers and its service
// worker all load through it; Chromium with a cold cache, then a return visit in the same
// browser context (warm cache).
// Per page and profile, medians over the loads of:
// - bytes: body bytes the host sent for the load (as encoded on the wire), until it went quiet;
// - first chart: the frame that paints the scenario's first chart, from navigation start;
// - DuckDB open: the end of the page's `duckdb:open` measure (src/lib/duckdb.js);
// - answered: a control is changed as soon as the outputs it drives are shown (the scenario's
//   own step, see measure.mjs); the time from navigation start until all of them are new.
import {loadavg} from "node:os";
import {serveStatic} from "../../scripts/static-host.mjs";
import {timeChange} from "./measure.mjs";
import {chromium as playwright} from "playwright-core";
import {ARGS, CHROMIUM} from "../e2e/browser.mjs";
import {startLink} from "./link.mjs";
import {PROFILES} from "./profiles.mjs";

const TIMEOUT = 180_000;
const QUIET_MS = 1000;

const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
};
// The machine's own load decides much of a run's figures: printed so that two runs can be compared.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");
const seconds = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} s` : "–");
const megabytes = (x) => (Number.isFinite(x) ? `${(x / 1e6).toFixed(1)} MB` : "–");

// Object URLs the page made itself (the LISA worker's script) are the site's own: blob:<origin>/….
const insideSite = (url, origin) =>
  url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith("data:");

// Links with non-default settings, as a reader shares them: another LBM year on the SES page (from
// its later-views file), another year and level on Home (stored with the page).
const SHARED_LINKS = [
  ["/sociale-ongelijkheid", "lbmjaar=2018"],
  ["/", "jaar=2014&niveau=wijk"],
];

/** One line per page: the first scenario of each page, plus shared links with non-default settings. */
export function networkPages(scenarios) {
  const pages = [];
  for (const scenario of scenarios) {
    if (!scenario.change?.spec || pages.some((p) => p.path === scenario.path)) continue;
    pages.push({...scenario, name: scenario.name.split(" — ")[0]});
  }
  for (const [path, query] of SHARED_LINKS) {
    const page = pages.find((p) => p.path === path);
    if (page) pages.push({...page, name: `${page.name} ?${query}`, path: `${path}?${query}`});
  }
  return pages;
}

/** Parses BENCH_PROFILES ("50mbps,15mbps", the default). */
export function selectedProfiles(value = process.env.BENCH_PROFILES) {
  const names = (value || "50mbps,15mbps").split(",").map((s) => s.trim().toLowerCase());
  for (const name of names)
    if (!PROFILES[name]) throw new Error(`BENCH_PROFILES: unknown profile ${name} (known: ${Object.keys(PROFILES)})`);
  return names.map((name) => PROFILES[name]);
}

// Same as run.mjs: the frame after the first chart entered the DOM, in the page's clock.
function watchFirstChart(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchFirstChart = performance.now()));
  });
  observer.observe(document, {childList: true, subtree: true});
}

async function hostQuiet(stats) {
  for (let quietSince = Date.now(), last = stats.bytes; ;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (stats.active > 0 || stats.bytes !== last) ((quietSince = Date.now()), (last = stats.bytes));
    else if (Date.now() - quietSince >= QUIET_MS) return;
  }
}

async function measureVisit(context, origin, stats, scenario) {
  const page = await context.newPage();
  await page.addInitScript(watchFirstChart, scenario.firstChart);
  const before = stats.bytes;
  await page.goto(origin + scenario.path, {waitUntil: "commit", timeout: TIMEOUT});
  const firstChart = await (
    await page.waitForFunction(() => window.__benchFirstChart, null, {timeout: TIMEOUT, polling: 50})
  ).jsonValue();
  const {step, outputs, stamped} = scenario.change.spec;
  await timeChange(step, outputs, {stamped, timeout: TIMEOUT})(page, 0);
  const answered = await page.evaluate(() => window.__benchChangeEnd);
  const open = await (
    await page.waitForFunction(
      () => {
        const [entry] = performance.getEntriesByName("duckdb:open");
        return entry && entry.startTime + entry.duration;
      },
      null,
      {timeout: TIMEOUT, polling: 50},
    )
  ).jsonValue();
  await hostQuiet(stats);
  const bytes = stats.bytes - before;
  // A return visit should find the site's service worker in charge, if the site has one.
  await page
    .waitForFunction(
      async () =>
        !("serviceWorker" in navigator) ||
        !(await navigator.serviceWorker.getRegistration()) ||
        !!navigator.serviceWorker.controller,
      null,
      {timeout: 10_000},
    )
    .catch(() => {});
  await page.close();
  return {firstChart, open, answered, bytes};
}

/**
 * Runs the network profiles and prints one line per page, profile and visit (cold, warm).
 * @param {{dist: string, scenarios: any[], only: string, runs: number, compress: boolean}} options
 */
export async function benchNetwork({dist, scenarios, only, runs, compress}) {
  const profiles = selectedProfiles();
  const pages = networkPages(scenarios).filter((p) => p.name.toLowerCase().includes(only));
  if (!pages.length) return;
  const host = await serveStatic(dist, {compress});
  // Nothing but loopback resolves, so no request can leave the machine (the HTTP cache stays on:
  // Playwright's request routing would switch it off, and the return visit needs it).
  const browser = await playwright.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  const outside = [];
  console.log(
    `\nNetwork profiles (host: ${compress ? "brotli/gzip" : "no compression"}, behind a shaping proxy, median of ${runs}; load average ${load()}):`,
  );
  console.log(
    `${"page".padEnd(38)} ${"link".padEnd(16)} ${"visit".padEnd(5)} ${"bytes".padStart(9)} ${"first chart".padStart(12)} ${"DuckDB open".padStart(12)} ${"answered".padStart(9)}`,
  );
  try {
    for (const profile of profiles) {
      const link = profile.mbps ? await startLink(Number(new URL(host.origin).port), profile) : null;
      const origin = link?.origin ?? host.origin;
      for (const scenario of pages) {
        const visits = {cold: [], warm: []};
        try {
          for (let run = 0; run < runs; ++run) {
            const context = await browser.newContext({viewport: {width: 1280, height: 900}});
            context.on("request", (r) => insideSite(r.url(), origin) || outside.push(r.url()));
            try {
              visits.cold.push(await measureVisit(context, origin, host.stats, scenario));
              visits.warm.push(await measureVisit(context, origin, host.stats, scenario));
            } finally {
              await context.close();
            }
          }
        } catch (error) {
          console.log(
            `${scenario.name.padEnd(38)} ${profile.label.padEnd(16)} failed: ${String(error.message ?? error).split("\n")[0]}`,
          );
          continue;
        }
        for (const [visit, loads] of Object.entries(visits)) {
          const m = (key) => median(loads.map((l) => l[key]));
          console.log(
            `${scenario.name.padEnd(38)} ${profile.label.padEnd(16)} ${visit.padEnd(5)} ${megabytes(m("bytes")).padStart(9)} ${seconds(m("firstChart")).padStart(12)} ${seconds(m("open")).padStart(12)} ${seconds(m("answered")).padStart(9)}`,
          );
        }
      }
      await link?.close();
    }
    console.log(`(load average at the end: ${load()})`);
    if (outside.length) console.log(`Requests outside the site: ${[...new Set(outside)].join(", ")}`);
  } finally {
    await browser.close();
    await host.close();
  }
}
