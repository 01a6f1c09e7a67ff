// The built site names no external host it could fetch from: no fonts, no CDN, no extension repository.
import assert from "node:assert/strict";
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, it} from "node:test";
import {DIST} from "./setup.mjs";

const HOSTS = [
  "fonts.googleapis.com",
  "fonts.gstatic.com",
  "cdn.jsdelivr.net",
  "extensions.duckdb.org",
  "unpkg.com",
  "esm.sh",
];
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

describe("dist", () => {
  it("contains no reference to an external host", () => {
    const files = walk(DIST);
    assert.ok(
      files.some((f) => f.endsWith(".wasm")),
      "the scan must include the DuckDB wasm files",
    );
    const hits = [];
    for (const file of files) {
      const text = readFileSync(file).toString("latin1");
      for (const host of HOSTS) if (text.includes(host)) hits.push(`${file}: ${host}`);
    }
    assert.deepEqual(hits, []);
  });

  it("preloads the first-view snapshot and provenance of every page that has them", () => {
    const pages = walk(DIST).filter((f) => f.endsWith(".html"));
    let snapshots = 0;
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      // The page's files are registered in its module, which the build bundled (scripts/bundle-pages.mjs).
      const module = /<script type="module" src="\.\/(_import\/page-[\w-]+\.[0-9a-f]{8}\.js)">/.exec(html);
      const code = module ? readFileSync(join(DIST, module[1]), "utf8") : html;
      const registered = [
        ...code.matchAll(/"?path"?:"(\.\/_file\/data\/(?:first-view-[\w-]+|provenance)\.[0-9a-f]{8}\.(?:bin|json))"/g),
      ];
      const preloaded = new Set([...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]));
      for (const [, path] of registered) assert.ok(preloaded.has(path), `${page} does not preload ${path}`);
      snapshots += registered.filter(([, path]) => path.includes("first-view-")).length;
    }
    assert.ok(snapshots >= 6, `every page with a first view is checked (found ${snapshots})`);
  });

  it("labels every page with its language", () => {
    const pages = walk(DIST).filter((f) => f.endsWith(".html"));
    assert.ok(pages.length >= 2);
    for (const page of pages) assert.match(readFileSync(page, "utf8"), /<html lang="nl">/, page);
  });
});
