// Framework reuses a data loader's cached output until the loader file itself changes, so after a
// change to the generator (data-loaders/) it would serve old parquet next to freshly computed
// first-view snapshots. Each dataset build has its own directory (source, seed, code fingerprint):
// when that differs from the one the cache was made from, the cached loader outputs are removed.
// The stamp is the directory's name, not its path, so a moved or copied checkout keeps its cache.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {createHash} from "node:crypto";
import {basename, join, relative, resolve} from "node:path";
import {buildDataset, exitOnFailure} from "../data-loaders/build.ts";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, "src/.observablehq/cache/data");
const stamp = join(cache, ".dataset");
const dataset = basename((await exitOnFailure(buildDataset())).dir);
const previous = existsSync(stamp) ? basename(readFileSync(stamp, "utf8").trim()) : null;
if (previous !== dataset) {
  const loaders = new Set(
    readdirSync(join(root, "src/data"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, "")),
  );
  const stale = existsSync(cache) ? readdirSync(cache).filter((f) => loaders.has(f)) : [];
  for (const file of stale) rmSync(join(cache, file), {force: true});
  mkdirSync(cache, {recursive: true});
  writeFileSync(stamp, dataset);
  console.log(
    `prebuild: dataset ${dataset}${stale.length ? `; removed ${stale.length} cached loader output(s) of ${previous ?? "an unknown dataset"}` : ""}`,
  );
}

// The first-view snapshots are results of the pages' own SQL builders (src/first-views.js and
// everything under src/lib), which Framework does not see as the loaders' dependencies: when that
// code changed since the snapshots were cached, they are removed too, so that a page never asks
// a query its snapshot was not made for.
const firstViewStamp = join(cache, ".first-views");
const firstViewCode = firstViewFingerprint();
if ((existsSync(firstViewStamp) ? readFileSync(firstViewStamp, "utf8").trim() : null) !== firstViewCode) {
  const stale = readdirSync(cache).filter((f) => /^first-view-[\w-]+\.bin$/.test(f));
  for (const file of stale) rmSync(join(cache, file), {force: true});
  writeFileSync(firstViewStamp, firstViewCode);
  if (stale.length)
    console.log(`prebuild: the pages' queries changed; removed ${stale.length} cached first-view snapshot(s)`);
}

function firstViewFingerprint(): string {
  const hash = createHash("sha256");
  const add = (path: string) => hash.update(relative(root, path)).update(readFileSync(path));
  const walk = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true})
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".js") ? [join(dir, e.name)] : []));
  const siteModules = readdirSync(join(root, "src"))
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => join(root, "src", f));
  for (const file of [...walk(join(root, "src/lib")), ...siteModules]) add(file);
  add(join(root, "data-loaders/first-view.ts"));
  return hash.digest("hex").slice(0, 16);
}
