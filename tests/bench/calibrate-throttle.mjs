// Checks that the benchmark's throttling holds for the page and for its workers: downloads
// DuckDB's wasm (uncompressed) inside a dedicated worker at 15 Mbps / 60 ms and compares the time
// with bytes × 8 / bandwidth; then the same file in the page and a worker at once, to show whether
// the two share one link (DevTools emulates per target, so each may get the whole bandwidth).
// Usage: node tests/bench/calibrate-throttle.mjs [dist]
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {serveStatic} from "../../scripts/static-host.mjs";
import {launchThrottled, PROFILES} from "./throttle.mjs";

const dist = process.argv[2] ?? process.env.DIST_DIR ?? "dist";
const wasmDir = readdirSync(join(dist, "_node")).find((d) => d === "@duckdb");
if (!wasmDir) throw new Error(`${dist}/_node/@duckdb is missing: build first`);
const duckdbDir = join("_node/@duckdb", readdirSync(join(dist, "_node/@duckdb"))[0], "dist");
const wasm = `/${duckdbDir}/${readdirSync(join(dist, duckdbDir)).find((f) => /^duckdb-eh.*\.wasm$/.test(f))}`;

const host = await serveStatic(dist, {compress: false});
const chromium = await launchThrottled();
const profile = PROFILES[process.env.BENCH_PROFILE ?? "15mbps"] ?? PROFILES["15mbps"];
await chromium.setProfile(process.env.BENCH_PROFILE === "none" ? null : profile);
try {
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.origin}/no-such-page`);
  const download = (where, url) =>
    page.evaluate(
      async ({where, url}) => {
        const code = `onmessage = async (e) => { const t = performance.now(); const b = await (await fetch(e.data, {cache: "no-store"})).arrayBuffer(); postMessage([performance.now() - t, b.byteLength]); };`;
        if (where === "page") {
          const t = performance.now();
          const b = await (await fetch(url, {cache: "no-store"})).arrayBuffer();
          return [performance.now() - t, b.byteLength];
        }
        const worker = new Worker(URL.createObjectURL(new Blob([code], {type: "text/javascript"})));
        const result = await new Promise(
          (resolve) => ((worker.onmessage = (e) => resolve(e.data)), worker.postMessage(url)),
        );
        worker.terminate();
        return result;
      },
      {where, url: new URL(url, host.origin).href},
    );
  const expected = (bytes) => ((bytes * 8) / (profile.mbps * 1e6)) * 1000 + profile.latency;
  const line = (label, [ms, bytes], factor = 1) =>
    console.log(
      `${label.padEnd(44)} ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s (one ${profile.label} link: ${(expected(bytes * factor) / 1000).toFixed(1)} s)`,
    );
  line(`dedicated worker, ${wasm.split("/").pop()}`, await download("worker", wasm));
  line(`page, ${wasm.split("/").pop()}`, await download("page", wasm));
  const [inPage, inWorker] = await Promise.all([download("page", wasm), download("worker", wasm)]);
  line("page and worker at once: page", inPage, 2);
  line("page and worker at once: worker", inWorker, 2);
} finally {
  await chromium.close();
  await host.close();
}
