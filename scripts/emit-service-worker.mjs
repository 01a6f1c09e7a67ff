// Writes the service worker (scripts/service-worker.js) into a built site as sw.js at its root,
// with this build's version (a hash over every file's path and bytes, so any change is a new
// version), the content-hashed files it may keep across versions, and the wasm and worker files it
// looks for in the HTTP cache after a first visit. Returns the <script> that registers it, for a
// page `depth` directories below the root.
import {createHash} from "node:crypto";
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join, relative, sep} from "node:path";

export const SERVICE_WORKER = "sw.js";
const SOURCE = new URL("./service-worker.js", import.meta.url);
const HASHED = /^_(observablehq|npm|node|file|import)\/.*\.[0-9a-f]{8}\.[a-z0-9]+$/i;
const PROBE = /\.wasm$|worker[^/]*\.js$/;

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** Files of the site as paths relative to its root ("/"-separated), without compressed copies and sw.js. */
function siteFiles(dist) {
  return walk(dist)
    .map((f) => relative(dist, f).split(sep).join("/"))
    .filter((f) => !/\.(br|gz)$/.test(f) && f !== SERVICE_WORKER)
    .sort();
}

export function emitServiceWorker(dist) {
  const files = siteFiles(dist);
  const version = createHash("sha256");
  for (const file of files) version.update(`${file}\0`).update(readFileSync(join(dist, file)));
  const source = readFileSync(SOURCE, "utf8")
    .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
    .replace("__HASHED_FILES__", JSON.stringify(files.filter((f) => HASHED.test(f))))
    .replace("__PROBE_FILES__", JSON.stringify(files.filter((f) => PROBE.test(f))));
  if (/__[A-Z_]+__/.test(source)) throw new Error(`emit-service-worker: a placeholder is left in ${SOURCE.pathname}`);
  writeFileSync(join(dist, SERVICE_WORKER), source);
  return files.length;
}

/**
 * The registration for a page `depth` directories below the site root. Once the worker is ready,
 * the page lists what it loaded before the worker took control, so a first visit is kept too.
 */
export function registration(depth = 0) {
  const url = `${"../".repeat(depth) || "./"}${SERVICE_WORKER}`;
  return `<script>if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(${JSON.stringify(url)}).catch((error) => console.warn("service worker:", error));
  addEventListener("load", () => navigator.serviceWorker.ready.then((r) => r.active?.postMessage({type: "keep", urls: [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)]})));
}</script>`;
}
