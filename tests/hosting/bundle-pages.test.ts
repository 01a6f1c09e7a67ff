// The build step that bundles each page's modules into one file (scripts/bundle-pages.mjs), on a
// small built site of its own: what the page then loads, what stays shared, and how paths that
// modules resolve themselves are kept pointing at the same files. Its behaviour in Chromium: every
// end-to-end test runs on the bundled site.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {siteDir} from "../helpers/site-dir.ts";
import {bundlePages} from "../../scripts/bundle-pages.mjs";

const site = (files: Record<string, string>) => siteDir(files, "lbm-bundle-");

// As Framework writes a page: preloads for every module, one inline module whose cells import theirs.
const PAGE = `<!DOCTYPE html>
<html lang="nl">
<head>
<link rel="modulepreload" href="./_observablehq/client.d10d8454.js">
<link rel="modulepreload" href="./_observablehq/stdlib.5532b554.js">
<link rel="modulepreload" href="./_import/lib/engine.11111111.js">
<link rel="modulepreload" href="./_import/lib/chart.22222222.js">
<script type="module">
import {define} from "./_observablehq/client.d10d8454.js";
define({id: "a", body: async () => {
  const [{start}, {chart}] = await Promise.all([import("./_import/lib/engine.11111111.js"), import("./_import/lib/chart.22222222.js")]);
  return {start, chart};
}});
</script>
<script>console.log("a classic script stays")</script>
</head><body></body></html>`;

const FILES = {
  "index.html": PAGE,
  "other.html": "<!DOCTYPE html><html><head></head><body>no modules</body></html>",
  "_observablehq/client.d10d8454.js": `export function define() {}`,
  "_observablehq/stdlib.5532b554.js": `export const registerFile = () => {};`,
  "_import/lib/engine.11111111.js": `import {registerFile} from "../../_observablehq/stdlib.5532b554.js";
export const WASM = import.meta.resolve("../../_node/engine@1.0.0/engine.wasm");
export const start = () => (registerFile(), WASM);`,
  "_import/lib/chart.22222222.js": `import {start} from "./engine.11111111.js";
export const chart = () => "chart" + start();`,
};

describe("bundle-pages", () => {
  it("points a page at one content-hashed module and preloads it with Framework's runtime", async () => {
    const dir = site(FILES);
    expect(await bundlePages(dir)).toBe(1);
    const bundles = readdirSync(join(dir, "_import")).filter((f) => f.startsWith("page-"));
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(/^page-index\.[0-9a-f]{8}\.js$/);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect([...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      `./_import/${bundles[0]}`,
      "./_observablehq/client.d10d8454.js",
      "./_observablehq/stdlib.5532b554.js",
    ]);
    expect(html).toContain(`<script type="module" src="./_import/${bundles[0]}"></script>`);
    expect(html).not.toContain("define(");
    expect(html).toContain(`<script>console.log("a classic script stays")</script>`);
    // A page without an inline module is left alone.
    expect(readFileSync(join(dir, "other.html"), "utf8")).toBe(FILES["other.html"]);
  });

  it("keeps Framework's runtime shared and paths resolved by modules pointing at the same files", async () => {
    const dir = site(FILES);
    await bundlePages(dir);
    const name = readdirSync(join(dir, "_import")).find((f) => f.startsWith("page-"))!;
    const bundle = readFileSync(join(dir, "_import", name), "utf8");
    // The runtime is imported, not copied: one define() and one file registry per page.
    expect(bundle).toMatch(/from\s*"\.\.\/_observablehq\/client\.d10d8454\.js"/);
    expect(bundle).toMatch(/from\s*"\.\.\/_observablehq\/stdlib\.5532b554\.js"/);
    expect(bundle).not.toContain("export function define");
    // The page's own modules are inside, once each.
    expect(bundle.match(/"chart"/g)).toHaveLength(1);
    // _import/lib/engine said ../../_node/…; from _import/ that is ../_node/….
    expect(bundle).toContain(`import.meta.resolve("../_node/engine@1.0.0/engine.wasm")`);
    // The same content gives the same name; other content another.
    const again = site(FILES);
    await bundlePages(again);
    expect(readdirSync(join(again, "_import")).find((f) => f.startsWith("page-"))).toBe(name);
    const changed = site({
      ...FILES,
      "_import/lib/chart.22222222.js": FILES["_import/lib/chart.22222222.js"].replace('"chart"', '"grafiek"'),
    });
    await bundlePages(changed);
    expect(readdirSync(join(changed, "_import")).find((f) => f.startsWith("page-"))).not.toBe(name);
  });

  it("names the page and the module it cannot bundle", async () => {
    const dir = site({
      ...FILES,
      "_import/lib/chart.22222222.js": `import {gone} from "./missing.js"; export const chart = gone;`,
    });
    await expect(bundlePages(dir)).rejects.toThrow(/bundle-pages: .*index\.html: .*missing\.js/s);
  });
});
