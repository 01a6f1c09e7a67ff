// The werkbank's example queries in DuckDB-WASM (in Chromium, as a reader runs them: read-only
// check, streamed result, collected) against node DuckDB on the same parquet, loaded into memory
// as the browser has it. Prints the median time of each and the ratio browser / native, native
// both single-threaded (like DuckDB-WASM here) and with DuckDB's default threads.
import {DuckDBInstance} from "@duckdb/node-api";
import {EXAMPLES} from "../../src/lib/werkbank/examples.js";
import {openPage} from "../e2e/browser.mjs";
import {parquetPath} from "../e2e/parquet.mjs";

const RUNS = Number(process.env.BENCH_SQL_RUNS ?? 5);
const TABLES = ["areas", "lbm", "ses", "safety"];

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function nativeTimes(dist, threads) {
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  if (threads) await conn.run(`SET threads = ${threads}`);
  for (const t of TABLES)
    await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${parquetPath(t, dist).replaceAll("'", "''")}')`);
  const times = {};
  for (const example of EXAMPLES) {
    await conn.runAndReadAll(example.sql);
    const runs = [];
    for (let i = 0; i < RUNS; ++i) {
      const t0 = performance.now();
      await conn.runAndReadAll(example.sql);
      runs.push(performance.now() - t0);
    }
    times[example.id] = median(runs);
  }
  conn.closeSync();
  return times;
}

async function browserTimes(browser, origin) {
  const {page, context} = await openPage(browser, origin);
  const times = {};
  try {
    await page.goto(`${origin}/werkbank`);
    await page.waitForSelector(".werkbank-editor", {timeout: 120_000});
    const run = async (text) => {
      await page.evaluate((text) => document.querySelector(".werkbank-editor").setValue(text), text);
      await page.click("#werkbank-run");
      await page.waitForFunction(() =>
        ["done", "error"].includes(document.querySelector("#werkbank-status").dataset.state),
      );
      const {state, ms} = await page.$eval("#werkbank-status", (e) => ({...e.dataset}));
      if (state !== "done") throw new Error(`example failed in the browser: ${text.split("\n")[0]}`);
      return Number(ms);
    };
    for (const example of EXAMPLES) {
      await run(example.sql);
      const runs = [];
      for (let i = 0; i < RUNS; ++i) runs.push(await run(example.sql));
      times[example.id] = median(runs);
    }
  } finally {
    await context.close();
  }
  return times;
}

/** Prints the table; `browser` is a launched Chromium, `origin` the served site. */
export async function benchWerkbankSql(browser, origin, dist) {
  const single = await nativeTimes(dist, 1);
  const multi = await nativeTimes(dist, null);
  const wasm = await browserTimes(browser, origin);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `\nWerkbank example queries, median of ${RUNS} (browser = DuckDB-WASM in Chromium; native = node DuckDB, same parquet in memory):`,
  );
  console.log(
    `${"example".padEnd(22)} ${"browser".padStart(10)} ${"native 1t".padStart(10)} ${"ratio".padStart(7)} ${"native".padStart(10)} ${"ratio".padStart(7)}`,
  );
  for (const {id} of EXAMPLES) {
    console.log(
      `${id.padEnd(22)} ${ms(wasm[id]).padStart(10)} ${ms(single[id]).padStart(10)} ${(wasm[id] / single[id]).toFixed(1).padStart(6)}× ${ms(multi[id]).padStart(10)} ${(wasm[id] / multi[id]).toFixed(1).padStart(6)}×`,
    );
  }
}
