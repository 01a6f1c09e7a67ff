// The service worker the build writes (scripts/emit-service-worker.mjs): one version per build
// content, the content-hashed files it may keep across versions, and the same idea of "hashed"
// as the host's immutable Cache-Control. Its behaviour in Chromium: tests/e2e/offline.test.mjs.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {siteDir} from "../helpers/site-dir.ts";
import {emitServiceWorker, registration} from "../../scripts/emit-service-worker.mjs";
import {isImmutable} from "../../scripts/static-host.mjs";

const site = (files: Record<string, string>) => siteDir(files, "lbm-sw-");
const FILES = {
  "index.html": "<html></html>",
  "_import/lib/duckdb.e83ff2f6.js": "export {}",
  "_import/lib/duckdb.e83ff2f6.js.br": "compressed",
  "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm": "wasm",
  "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-browser-eh.worker.f281bb62.js": "worker",
};
const emitted = (dir: string) => readFileSync(join(dir, "sw.js"), "utf8");
const version = (source: string) => /const VERSION = "([0-9a-f]+)"/.exec(source)?.[1];

describe("service worker", () => {
  it("is written at the site root with this build's lists and no placeholder left", () => {
    const dir = site(FILES);
    emitServiceWorker(dir);
    const source = emitted(dir);
    expect(source).not.toMatch(/__[A-Z_]+__/);
    expect(() => new Function(source)).not.toThrow();
    const hashed = JSON.parse(/new Set\((\[.*?\])\)/.exec(source)![1]);
    expect(hashed).toEqual([
      "_import/lib/duckdb.e83ff2f6.js",
      "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-browser-eh.worker.f281bb62.js",
    ]);
    const probe = JSON.parse(/const PROBE_FILES = (\[.*?\]);/.exec(source)![1]);
    expect(probe).toEqual([
      "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-browser-eh.worker.f281bb62.js",
      "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm",
    ]);
  });

  it("gets a new version when any file of the site changes, and keeps it otherwise", () => {
    const a = site(FILES);
    const b = site(FILES);
    const c = site({...FILES, "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm": "other wasm"});
    const d = site({...FILES, "index.html": "<html>new page</html>"});
    for (const dir of [a, b, c, d]) emitServiceWorker(dir);
    expect(version(emitted(a))).toMatch(/^[0-9a-f]{16}$/);
    expect(version(emitted(a))).toBe(version(emitted(b)));
    expect(version(emitted(c))).not.toBe(version(emitted(a)));
    expect(version(emitted(d))).not.toBe(version(emitted(a)));
    // Emitting twice (sw.js itself and .br copies are not site files) gives the same version.
    emitServiceWorker(a);
    expect(version(emitted(a))).toBe(version(emitted(b)));
  });

  it("calls hashed exactly what the host serves as immutable", () => {
    const dir = site(FILES);
    emitServiceWorker(dir);
    const pattern = new RegExp(/const HASHED = \/(.*)\/i;/.exec(emitted(dir))![1], "i");
    for (const path of [
      "_import/lib/duckdb.e83ff2f6.js",
      "_file/data/lbm.5daef234.parquet",
      "_observablehq/client.d10d8454.js",
      "_npm/d3@7.9.0/index.0a1b2c3d.js",
      "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm",
      "stijgers-en-dalers.html",
      "sw.js",
      "_file/data/lbm.parquet",
    ])
      expect(pattern.test(path), path).toBe(isImmutable(`/${path}`));
  });

  it("is registered relative to the page, so the site may live below a path", () => {
    expect(registration(0)).toContain('register("./sw.js")');
    expect(registration(1)).toContain('register("../sw.js")');
  });
});
