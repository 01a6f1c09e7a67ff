// Framework reuses a data loader's cached output until the loader file itself changes, so after a
// change to the generator (data-loaders/) it would serve old parquet next to freshly computed
// first-view snapshots. Each dataset build has its own directory (source, seed, code fingerprint):
// when that differs from the one the cache was made from, the cached loader outputs are removed.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {buildDataset} from "../data-loaders/build.ts";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, "src/.observablehq/cache/data");
const stamp = join(cache, ".dataset");
const {dir} = await buildDataset();
const previous = existsSync(stamp) ? readFileSync(stamp, "utf8") : null;
if (previous !== dir) {
  const loaders = new Set(readdirSync(join(root, "src/data")).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, "")));
  const stale = existsSync(cache) ? readdirSync(cache).filter((f) => loaders.has(f)) : [];
  for (const file of stale) rmSync(join(cache, file), {force: true});
  mkdirSync(cache, {recursive: true});
  writeFileSync(stamp, dir);
  console.log(`prebuild: dataset ${dir.split("/").pop()}${stale.length ? `; removed ${stale.length} cached loader output(s) of ${previous ? previous.split("/").pop() : "an unknown dataset"}` : ""}`);
}
