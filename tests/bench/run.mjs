// Prints speed and size figures for the built site: build time, payload sizes, cold load → first
// chart per page (and → DuckDB-WASM open), and control change → re-render latency once DuckDB is
// open. No pass/fail; quote medians and ratios.
import {execFileSync} from "node:child_process";
import {readdirSync, statSync} from "node:fs";
import {extname, join} from "node:path";
import {launch, openPage} from "../e2e/browser.mjs";
import {serve} from "../e2e/serve.mjs";
import {fileURLToPath} from "node:url";
import {benchWerkbankSql} from "./sql-ratio.mjs";
import {benchNetwork} from "./network.mjs";

const SCENARIO_DIR = fileURLToPath(new URL("./scenarios/", import.meta.url));
const SCENARIOS = [];
for (const file of readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith(".mjs"))
  .sort()) {
  SCENARIOS.push(...(await import(join(SCENARIO_DIR, file))).default);
}

const args = new Set(process.argv.slice(2));
const DIST = process.env.DIST_DIR ?? "dist";
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
// BENCH_ONLY=text runs only the scenarios whose name contains text (case-insensitive).
const ONLY = (process.env.BENCH_ONLY ?? "").toLowerCase();
// BENCH_NETWORK=0 skips the network profiles, BENCH_LOCAL=0 the local scenarios (see network.mjs;
// BENCH_PROFILES picks profiles, BENCH_NETWORK_RUNS the loads per line, BENCH_COMPRESS=0 a host
// that does not compress).
const NETWORK = process.env.BENCH_NETWORK !== "0";
const LOCAL = process.env.BENCH_LOCAL !== "0";
const NETWORK_RUNS = Number(process.env.BENCH_NETWORK_RUNS ?? 3);

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q,
    lo = Math.floor(i),
    hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : "–");
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;

function walk(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function buildSite() {
  const t0 = performance.now();
  execFileSync("npm", ["run", "build"], {stdio: ["ignore", "ignore", "inherit"]});
  return performance.now() - t0;
}

function payloads() {
  const groups = {};
  for (const file of walk(DIST)) {
    const ext = extname(file);
    const group = ext === ".parquet" ? file.replace(/^.*\/(\w+)\.[0-9a-f]+\.parquet$/, "parquet: $1") : ext || "other";
    groups[group] = (groups[group] ?? 0) + statSync(file).size;
  }
  return Object.entries(groups).sort(([a], [b]) => a.localeCompare(b));
}

// DuckDB-WASM has opened (its tables inserted) and run the page's first-view queries once (its
// code paths compiled): from then on every control is answered at full speed.
const duckdbReady = (page) =>
  page.waitForFunction(() => performance.getEntriesByName("duckdb:warm").length > 0, null, {timeout: 60_000});

// The first chart counts as shown at the first animation frame after it entered the DOM (the frame
// that paints it), in the page's own clock from navigation start: the driver's round trips would
// add whatever the page does next.
function watchFirstChart(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchFirstChart = performance.now()));
  });
  observer.observe(document, {childList: true, subtree: true});
}

async function coldLoad(browser, origin, scenario) {
  const times = [],
    ready = [];
  for (let run = 0; run < COLD_RUNS; ++run) {
    const {page, context} = await openPage(browser, origin);
    await page.addInitScript(watchFirstChart, scenario.firstChart);
    await page.goto(origin + scenario.path);
    await page.waitForSelector(scenario.firstChart, {timeout: 60_000});
    times.push(await (await page.waitForFunction(() => window.__benchFirstChart)).jsonValue());
    await duckdbReady(page);
    ready.push(
      await page.evaluate(
        () =>
          performance.getEntriesByName("duckdb:open")[0].startTime +
          performance.getEntriesByName("duckdb:open")[0].duration,
      ),
    );
    await context.close();
  }
  return {times, ready};
}

async function controlLatency(browser, origin, scenario) {
  const {page, context} = await openPage(browser, origin);
  await page.goto(origin + scenario.path);
  await page.waitForSelector(scenario.firstChart, {timeout: 60_000});
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0);
  // Steady state: changes are timed once DuckDB has opened (its start waits for the first view).
  await duckdbReady(page);
  const times = [];
  for (let i = 0; i < CHANGES; ++i) times.push(await scenario.change(page, i));
  await context.close();
  return times;
}

// A private DIST_DIR is measured as it is; only the default dist/ is rebuilt (npm run build writes there).
const buildMs = args.has("--no-build") || process.env.DIST_DIR ? NaN : buildSite();
console.log(`\nSite build: ${ms(buildMs)}\n\nPayload in ${DIST}/:`);
for (const [group, bytes] of payloads()) console.log(`  ${group.padEnd(24)} ${kb(bytes).padStart(10)}`);

const server = await serve(DIST);
const browser = await launch();
if (LOCAL)
  console.log(
    `\n${"page / scenario".padEnd(44)} ${"cold p50".padStart(10)} ${"cold max".padStart(10)} ${"DuckDB p50".padStart(11)} ${"change p50".padStart(11)} ${"change p95".padStart(11)} ${"n".padStart(4)}`,
  );
try {
  for (const scenario of SCENARIOS.filter((s) => LOCAL && existsPage(s.path) && s.name.toLowerCase().includes(ONLY))) {
    let cold = {times: [], ready: []},
      change = [];
    try {
      cold = await coldLoad(browser, server.origin, scenario);
      change = scenario.change ? await controlLatency(browser, server.origin, scenario) : [];
    } catch (error) {
      console.log(`${scenario.name.padEnd(44)} failed: ${String(error.message ?? error).split("\n")[0]}`);
      continue;
    }
    console.log(
      `${scenario.name.padEnd(44)} ${ms(quantile(cold.times, 0.5)).padStart(10)} ${ms(Math.max(...cold.times)).padStart(10)} ${ms(quantile(cold.ready, 0.5)).padStart(11)} ${ms(quantile(change, 0.5)).padStart(11)} ${ms(quantile(change, 0.95)).padStart(11)} ${String(change.length).padStart(4)}`,
    );
  }
  if (LOCAL && existsPage("/werkbank") && "werkbank sql".includes(ONLY))
    await benchWerkbankSql(browser, server.origin, DIST);
} finally {
  await browser.close();
  await server.close();
}
if (NETWORK)
  await benchNetwork({
    dist: DIST,
    scenarios: SCENARIOS.filter((s) => existsPage(s.path)),
    only: ONLY,
    runs: NETWORK_RUNS,
    compress: process.env.BENCH_COMPRESS !== "0",
  });

function existsPage(path) {
  const file = path === "/" ? "index.html" : `${path.slice(1).split("?")[0]}.html`;
  try {
    return statSync(join(DIST, file)).isFile();
  } catch {
    return false;
  }
}
