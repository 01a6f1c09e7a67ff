// Framework 1.13 ships a page as one module per source file: ~150 requests before the first chart,
// each costing the main thread time to issue and the browser a round trip to answer (over a
// network, six at a time on HTTP/1.1). This step bundles each page's module graph (its inline
// module and everything it imports from _import/, _node/ and _npm/) into one content-hashed file,
// _import/page-<page>.<hash>.js, and points the page at it. Framework's own runtime
// (_observablehq/: client, runtime, stdlib) stays as it is, shared by all pages, so that there is
// one runtime per page as before. The unbundled modules stay in place for tools that import them.
import {build} from "esbuild";
import {createHash} from "node:crypto";
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";

const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;
const MODULE_PRELOAD = /<link rel="modulepreload" href="[^"]*">\n?/g;
const RUNTIME = /(^|\/)_observablehq\//;

/** A path relative to `from` (a directory) as an import specifier: "./x.js" or "../x.js". */
const specifier = (from, to) => {
  const path = relative(from, to).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
};

/**
 * Bundles every page of the built site in `dist`; returns the number of pages bundled.
 * @param {string} dist
 */
export async function bundlePages(dist) {
  const root = resolve(dist);
  const outdir = join(root, "_import");
  let bundled = 0;
  for (const file of readdirSync(root).filter((f) => f.endsWith(".html"))) {
    const path = join(root, file);
    const html = readFileSync(path, "utf8");
    const scripts = [...html.matchAll(INLINE_MODULE)];
    if (scripts.length !== 1) {
      if (scripts.length > 1)
        throw new Error(`bundle-pages: ${path} has ${scripts.length} inline modules, expected one`);
      continue;
    }
    const name = file.replace(/\.html$/, "");
    const result = await build({
      stdin: {contents: scripts[0][1], resolveDir: root, sourcefile: file, loader: "js"},
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      charset: "utf8",
      write: false,
      outdir,
      logLevel: "silent",
      plugins: [runtimeExternal(root, outdir), resolvedAssets(root, outdir)],
    }).catch((error) => {
      throw new Error(`bundle-pages: ${path}: ${error.message}`);
    });
    const [output] = result.outputFiles;
    const hash = createHash("sha256").update(output.contents).digest("hex").slice(0, 8);
    const bundle = `page-${name}.${hash}.js`;
    writeFileSync(join(outdir, bundle), output.contents);
    const runtime = [...new Set([...html.matchAll(/href="\.\/(_observablehq\/[^"]+\.js)"/g)].map((m) => m[1]))];
    const preloads = [`_import/${bundle}`, ...runtime].map((href) => `<link rel="modulepreload" href="./${href}">`);
    let first = true;
    const after = html
      .replace(MODULE_PRELOAD, () => (first ? ((first = false), `${preloads.join("\n")}\n`) : ""))
      .replace(INLINE_MODULE, () => `<script type="module" src="./_import/${bundle}"></script>`);
    writeFileSync(path, after);
    ++bundled;
  }
  return bundled;
}

/** Framework's runtime modules stay separate files, imported from the bundle's directory. */
const runtimeExternal = (root, outdir) => ({
  name: "observablehq-runtime",
  setup(b) {
    b.onResolve({filter: RUNTIME}, (args) => ({
      path: specifier(outdir, resolve(args.resolveDir, args.path)),
      external: true,
    }));
  },
});

// import.meta.resolve("../../_node/…") names a file relative to the module that says it; in the
// bundle it must be relative to the bundle.
const resolvedAssets = (root, outdir) => ({
  name: "resolved-assets",
  setup(b) {
    b.onLoad({filter: /\.js$/}, (args) => {
      if (!args.path.startsWith(root)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.resolve(")) return undefined;
      return {
        contents: source.replace(
          /import\.meta\.resolve\((["'])(\.{1,2}\/[^"']+)\1\)/g,
          (_, quote, rel) =>
            `import.meta.resolve(${quote}${specifier(outdir, resolve(dirname(args.path), rel))}${quote})`,
        ),
        loader: "js",
      };
    });
  },
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  console.log(`bundle-pages: ${await bundlePages(dist)} page(s) bundled into one module each in ${dist}/_import`);
}
