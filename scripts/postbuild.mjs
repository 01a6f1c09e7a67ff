// Three steps on the built site (the dev server keeps Framework's output as it is):
// 1. Framework 1.13's page template misses two WCAG 2.1 AA points that axe reports on every page:
//    <html> has no lang, and the sidebar's close <label> sits directly inside an <ol>. Its viewport
//    meta also says maximum-scale=1, which blocks pinch zoom on phones (WCAG 1.4.4, axe meta-viewport).
// 2. The vendored DuckDB-WASM files still name the hosts they would fetch from (jsDelivr in an
//    unused helper, the extension repository in the wasm). The site never calls them, and they
//    cannot be reached offline; rewriting them to reserved .invalid names of the same length makes
//    that a guarantee and lets the build be checked for external hosts.
// 3. The footer names the dataset the site was built from (provenance.json's dataset id), which
//    the data loaders only know once they have run, after the config made the footer.
// 4. The service worker (return visits, offline) is written to the root as sw.js and every page
//    registers it; in `npm run dev` there is none.
// 5. A page's first charts need its first-view snapshot and provenance.json, which its cells only
//    ask for once their modules are loaded and run; a preload in the head starts both downloads
//    with the HTML instead.
// 6. Each page's modules are bundled into one file (scripts/bundle-pages.mjs).
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {bundlePages} from "./bundle-pages.mjs";
import {emitServiceWorker, registration} from "./emit-service-worker.mjs";

const dist = process.argv[2] ?? "dist";
if (!statSync(dist, {throwIfNoEntry: false})?.isDirectory())
  throw new Error(`postbuild: ${dist} is not a directory; build first`);
const LANG = "nl";
const CLOSE_LABEL = /(<ol>\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/;

const VIEWPORT = /<meta name="viewport" content="[^"]*">/;
const VIEWPORT_ZOOMABLE = `<meta name="viewport" content="width=device-width, initial-scale=1">`;
const DATASET_SPAN = /<span class="dataset-id">[^<]*<\/span>/;

function datasetId() {
  const dir = join(dist, "_file", "data");
  const file = statSync(dir, {throwIfNoEntry: false})
    ? readdirSync(dir).find((f) => /^provenance\.[0-9a-f]+\.json$/.test(f))
    : undefined;
  if (!file) throw new Error(`postbuild: ${dir} has no provenance.<hash>.json; is the build complete?`);
  const id = JSON.parse(readFileSync(join(dir, file), "utf8")).dataset?.id;
  if (typeof id !== "string" || !/^[\w.-]+$/.test(id))
    throw new Error(`postbuild: ${join(dir, file)} has no dataset id; rebuild the data (npm run build)`);
  return id;
}

// Framework lists a page's files as registerFile("./data/x.bin", {..., "path": "./_file/data/x.<hash>.bin", ...}).
const REGISTERED = /registerFile\("\.\/data\/([\w-]+\.(?:bin|json))", \{[^}]*"path":"([^"]+)"/g;
const FIRST_CHART_FILES = /^(first-view-[\w-]+\.bin|provenance\.json)$/;

/** <link rel=preload> for the files the page's first charts read; as=fetch matches FileAttachment's fetch(). */
function preloads(html) {
  const links = [];
  for (const [, name, path] of html.matchAll(REGISTERED))
    if (FIRST_CHART_FILES.test(name))
      links.push(
        `<link rel="preload" href="${path}" as="fetch" type="${name.endsWith(".json") ? "application/json" : "application/octet-stream"}" crossorigin="anonymous">`,
      );
  return links.join("\n");
}

const id = datasetId();
let fixed = 0;
for (const file of readdirSync(dist).filter((f) => f.endsWith(".html"))) {
  const path = join(dist, file);
  const before = readFileSync(path, "utf8");
  const links = before.includes('as="fetch"') ? "" : preloads(before);
  const after = before
    .replace(/<html>/, `<html lang="${LANG}">`)
    .replace(CLOSE_LABEL, "$2$1")
    .replace(VIEWPORT, VIEWPORT_ZOOMABLE)
    .replace(DATASET_SPAN, `<span class="dataset-id">${id}</span>`)
    .replace(/<\/head>/, (end) => (before.includes("serviceWorker.register") ? end : `${registration(0)}\n${end}`))
    .replace(/(<meta name="generator"[^>]*>\n)/, (meta) => (links ? `${meta}${links}\n` : meta));
  if (after !== before) (writeFileSync(path, after), ++fixed);
}
console.log(
  `postbuild: ${fixed} page(s) given lang="${LANG}", a valid sidebar list, a zoomable viewport, dataset ${id} in the footer and preloads for their first charts' data`,
);

const REWRITES = [
  ["extensions.duckdb.org", "no-extensions.invalid"],
  ["cdn.jsdelivr.net", "cdn-none.invalid"],
  // The HTML query-plan template inside the wasm links a stylesheet there.
  ["unpkg.com", "x.invalid"],
];
for (const [from, to] of REWRITES)
  if (from.length !== to.length) throw new Error(`rewrite of ${from} must keep its length`);

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
let rewritten = 0;
for (const file of walk(join(dist, "_node")).filter((f) => /@duckdb/.test(f))) {
  let bytes = readFileSync(file);
  let changed = false;
  for (const [from, to] of REWRITES) {
    const needle = Buffer.from(from, "latin1");
    for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + needle.length)) {
      bytes.write(to, i, "latin1");
      changed = true;
    }
  }
  if (changed) (writeFileSync(file, bytes), ++rewritten);
}
console.log(`postbuild: external host names neutralised in ${rewritten} vendored DuckDB file(s)`);
// After the rewrites above, so that the bundles carry them too; before the service worker, which lists the bundles.
console.log(`postbuild: ${await bundlePages(dist)} page(s) bundled into one module each (scripts/bundle-pages.mjs)`);
console.log(`postbuild: service worker for ${emitServiceWorker(dist)} files written to ${join(dist, "sw.js")}`);
